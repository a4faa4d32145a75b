CREATE TABLE "users" (
	"id" integer,
	"name" text
);
