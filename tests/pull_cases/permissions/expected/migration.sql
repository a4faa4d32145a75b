-- Current sql file was generated after introspecting the database
-- If you want to run this migration please uncomment this code before executing migrations
/*
CREATE SCHEMA "hidden";
--> statement-breakpoint
CREATE SCHEMA "visible";
--> statement-breakpoint
CREATE TYPE "hidden"."level" AS ENUM('low', 'high');--> statement-breakpoint
CREATE TABLE "hidden"."secrets" (
	"id" serial PRIMARY KEY,
	"value" text,
	"item_id" integer
);
--> statement-breakpoint
CREATE TABLE "visible"."items" (
	"id" serial PRIMARY KEY,
	"name" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "hidden"."secrets" ADD CONSTRAINT "secrets_item_id_fkey" FOREIGN KEY ("item_id") REFERENCES "visible"."items"("id");--> statement-breakpoint
CREATE VIEW "hidden"."secret_view" AS (SELECT secrets.id FROM hidden.secrets);
*/