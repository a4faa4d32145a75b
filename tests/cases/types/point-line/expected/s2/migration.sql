CREATE TABLE "t" (
	"a" point,
	"b" point,
	"c" point,
	"d" line,
	"e" line,
	"f" point[]
);
