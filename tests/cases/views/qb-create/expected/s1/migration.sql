CREATE TABLE "users" (
	"id" integer,
	"name" text,
	"email" text
);
--> statement-breakpoint
CREATE VIEW "all_users" AS (select "id", "name", "email" from "users");--> statement-breakpoint
CREATE VIEW "user_names" AS (select "id", "name" from "users");