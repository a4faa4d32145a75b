CREATE TABLE "users" (
	"id" integer,
	"old_col" text
);
