CREATE TABLE "t" (
	"a" integer[][] DEFAULT '{{1,2},{3,4}}'::integer[],
	"b" text[][] DEFAULT '{{a},{b}}'::text[],
	"c" integer[][] DEFAULT '{}'::integer[]
);
