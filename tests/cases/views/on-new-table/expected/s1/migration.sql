CREATE TABLE "zeta" (
	"id" integer,
	"name" text
);
--> statement-breakpoint
CREATE VIEW "a_view" AS (select "id", "name" from "zeta");--> statement-breakpoint
CREATE VIEW "b_view" AS (select id from a_view);