CREATE TABLE "t" (
	"a" geometry(point)
);
