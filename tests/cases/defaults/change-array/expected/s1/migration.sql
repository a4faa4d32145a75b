CREATE TABLE "t" (
	"a" text[] DEFAULT '{a}'::text[],
	"b" integer[] DEFAULT '{1}'::integer[],
	"c" integer[] DEFAULT '{}'::integer[]
);
