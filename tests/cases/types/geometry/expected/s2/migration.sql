CREATE TABLE "t" (
	"a" geometry(point),
	"b" geometry(point),
	"c" geometry(point,4326),
	"d" geometry(point,3857),
	"e" geometry(point)
);
