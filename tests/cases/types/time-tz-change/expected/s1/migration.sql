CREATE TABLE "t" (
	"a" time(3),
	"b" time(2)
);
