CREATE TABLE "t" (
	"a" integer,
	"b" text,
	"c" text,
	CONSTRAINT "t_uq" UNIQUE("a","b")
);
