DROP VIEW "v_users";--> statement-breakpoint
ALTER TABLE "users" RENAME COLUMN "name" TO "full_name";--> statement-breakpoint
CREATE VIEW "v_users" AS (select "id", "full_name" from "users");