CREATE TABLE "users" (
	"id" integer,
	"name" text,
	"active" boolean
);
--> statement-breakpoint
CREATE VIEW "active_users" AS (select id, name from users where active = true);