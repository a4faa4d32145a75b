CREATE TABLE "posts" (
	"id" integer,
	"slug" text UNIQUE,
	"a" integer,
	"b" integer,
	CONSTRAINT "posts_a_b_unique" UNIQUE("a","b")
);
