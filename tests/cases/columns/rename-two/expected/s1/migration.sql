CREATE TABLE "users" (
	"id" integer,
	"a" text,
	"b" integer
);
