CREATE TABLE "t" (
	"a" vector(3),
	"b" halfvec(16),
	"c" sparsevec(5),
	"d" bit(8)
);
