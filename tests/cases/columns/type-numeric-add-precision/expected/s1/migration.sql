CREATE TABLE "users" (
	"id" integer,
	"c" numeric
);
