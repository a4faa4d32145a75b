CREATE TABLE "t" (
	"a" numeric,
	"b" numeric(10),
	"c" numeric(10,2),
	"d" numeric,
	"e" numeric,
	"f" numeric(20),
	"g" numeric(5,0)
);
