CREATE TABLE "users" (
	"id" integer,
	"email" text
);
--> statement-breakpoint
CREATE INDEX "users_email_ci" ON "users" (lower("email"));