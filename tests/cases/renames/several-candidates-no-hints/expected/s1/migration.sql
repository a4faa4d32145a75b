CREATE TABLE "t" (
	"id" integer,
	"c1" text,
	"c2" text
);
