CREATE TABLE "users" (
	"id" integer,
	"c" date
);
