CREATE TABLE "users" (
	"id" integer,
	"email" text CONSTRAINT "users_email_uq" UNIQUE
);
