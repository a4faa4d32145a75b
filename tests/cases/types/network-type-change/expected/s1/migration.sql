CREATE TABLE "t" (
	"a" inet,
	"b" macaddr,
	"c" inet
);
