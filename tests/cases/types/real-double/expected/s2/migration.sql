CREATE TABLE "t" (
	"a" real,
	"b" double precision,
	"c" real[],
	"d" double precision[][]
);
