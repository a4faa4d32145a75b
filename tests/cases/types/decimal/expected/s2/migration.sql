CREATE TABLE "t" (
	"a" numeric,
	"b" numeric(7,1),
	"c" numeric(7,1)[]
);
