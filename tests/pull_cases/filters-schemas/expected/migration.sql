-- Current sql file was generated after introspecting the database
-- If you want to run this migration please uncomment this code before executing migrations
/*
CREATE SCHEMA "shared";
--> statement-breakpoint
CREATE SCHEMA "tenant_a";
--> statement-breakpoint
CREATE SCHEMA "tenant_b";
--> statement-breakpoint
CREATE TYPE "shared"."kind" AS ENUM('a', 'b');--> statement-breakpoint
CREATE SEQUENCE "tenant_a"."item_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1;--> statement-breakpoint
CREATE TABLE "shared"."lookup" (
	"id" integer PRIMARY KEY
);
--> statement-breakpoint
CREATE TABLE "tenant_a"."items" (
	"id" integer PRIMARY KEY,
	"kind" "shared"."kind"
);
--> statement-breakpoint
CREATE TABLE "tenant_b"."items" (
	"id" integer PRIMARY KEY,
	"root_id" integer
);
--> statement-breakpoint
ALTER TABLE "tenant_b"."items" ADD CONSTRAINT "items_root_id_fkey" FOREIGN KEY ("root_id") REFERENCES "root"("id");--> statement-breakpoint
CREATE VIEW "tenant_b"."item_view" AS (SELECT items.id FROM tenant_b.items);
*/