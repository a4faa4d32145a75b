CREATE TABLE "t" (
	"a" integer,
	"b" text,
	CONSTRAINT "t_ab_uq" UNIQUE("a","b")
);
