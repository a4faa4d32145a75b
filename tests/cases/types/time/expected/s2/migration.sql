CREATE TABLE "t" (
	"a" time,
	"b" time(3),
	"c" time with time zone,
	"d" time(0) with time zone,
	"e" time(6)[]
);
