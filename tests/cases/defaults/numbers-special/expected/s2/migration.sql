CREATE TABLE "t" (
	"a" real DEFAULT NaN,
	"b" double precision DEFAULT Infinity,
	"c" double precision DEFAULT -Infinity
);
