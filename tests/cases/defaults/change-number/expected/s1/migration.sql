CREATE TABLE "t" (
	"a" integer DEFAULT 1,
	"b" numeric DEFAULT '1.0',
	"c" bigint DEFAULT 1
);
