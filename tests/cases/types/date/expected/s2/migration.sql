CREATE TABLE "t" (
	"a" date,
	"b" date,
	"c" date,
	"d" date[]
);
