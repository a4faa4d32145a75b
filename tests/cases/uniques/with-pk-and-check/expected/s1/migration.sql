CREATE TABLE "t" (
	"a" integer,
	"b" integer,
	"c" text UNIQUE,
	"d" text,
	CONSTRAINT "t_pkey" PRIMARY KEY("a","b"),
	CONSTRAINT "t_cd" UNIQUE("c","d"),
	CONSTRAINT "t_a_positive" CHECK ("a" > 0)
);
