CREATE TABLE "t" (
	"a" text,
	"b" timestamp,
	"c" integer DEFAULT 2
);
