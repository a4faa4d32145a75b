CREATE TABLE "t" (
	"a" interval,
	"b" interval day,
	"c" interval(2),
	"d" interval hour to second(3),
	"e" interval year to month,
	"f" interval[]
);
