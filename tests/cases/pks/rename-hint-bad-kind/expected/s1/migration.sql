CREATE TABLE "pairs" (
	"a" integer,
	"b" integer,
	CONSTRAINT "pairs_ab_pk" PRIMARY KEY("a","b")
);
