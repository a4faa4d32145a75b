CREATE TABLE "t" (
	"a" inet,
	"b" cidr,
	"c" macaddr,
	"d" macaddr8,
	"e" inet[]
);
