CREATE TABLE "users" (
	"id" integer,
	"c" text
);
