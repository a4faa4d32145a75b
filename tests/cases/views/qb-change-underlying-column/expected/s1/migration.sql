CREATE TABLE "users" (
	"id" integer,
	"name" text
);
--> statement-breakpoint
CREATE VIEW "v_users" AS (select "id", "name" from "users");