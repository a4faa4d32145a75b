CREATE TABLE "users" (
	"id" integer,
	"n" integer DEFAULT 5
);
