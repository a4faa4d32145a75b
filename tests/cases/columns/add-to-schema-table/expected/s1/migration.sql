CREATE SCHEMA "inv";
--> statement-breakpoint
CREATE TABLE "inv"."items" (
	"id" integer,
	"old" text
);
