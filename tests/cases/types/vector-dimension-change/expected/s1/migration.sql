CREATE TABLE "t" (
	"a" vector(3),
	"b" bit(8)
);
