CREATE TABLE "t" (
	"a" char,
	"b" char(5),
	"c" char(2)[]
);
