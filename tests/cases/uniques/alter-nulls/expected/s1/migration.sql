CREATE TABLE "t" (
	"a" integer,
	"b" text,
	CONSTRAINT "t_ab" UNIQUE("a","b")
);
