CREATE TABLE "users" (
	"id" integer,
	"full_name" text
);
