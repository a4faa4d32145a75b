CREATE TABLE "users" (
	"id" integer,
	"a" text,
	"b" text,
	"c" boolean
);
