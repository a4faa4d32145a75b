CREATE TABLE "users" (
	"id" integer,
	"n" integer
);
