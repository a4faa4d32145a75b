CREATE TABLE "users" (
	"id" integer,
	"nickname" text
);
