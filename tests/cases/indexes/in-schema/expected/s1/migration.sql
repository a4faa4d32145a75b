CREATE SCHEMA "app";
--> statement-breakpoint
CREATE TABLE "app"."users" (
	"id" integer,
	"email" text,
	"name" text
);
--> statement-breakpoint
CREATE UNIQUE INDEX "users_email_index" ON "app"."users" ("email");--> statement-breakpoint
CREATE INDEX "users_name_lower" ON "app"."users" (lower("name"));