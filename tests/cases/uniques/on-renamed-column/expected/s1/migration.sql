CREATE TABLE "users" (
	"id" integer,
	"mail" text UNIQUE
);
