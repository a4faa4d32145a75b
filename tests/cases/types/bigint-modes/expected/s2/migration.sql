CREATE TABLE "t" (
	"a" bigint,
	"b" bigint,
	"c" bigint,
	"d" bigint[]
);
