CREATE SCHEMA "legacy";
--> statement-breakpoint
CREATE TYPE "legacy"."mood" AS ENUM('x', 'y');--> statement-breakpoint
CREATE TABLE "legacy"."a" (
	"id" integer PRIMARY KEY,
	"m" "legacy"."mood"
);
--> statement-breakpoint
CREATE TABLE "legacy"."b" (
	"id" integer,
	"a_id" integer
);
--> statement-breakpoint
CREATE TABLE "keep" (
	"id" integer
);
--> statement-breakpoint
ALTER TABLE "legacy"."b" ADD CONSTRAINT "b_a_id_a_id_fkey" FOREIGN KEY ("a_id") REFERENCES "legacy"."a"("id");--> statement-breakpoint
CREATE VIEW "legacy"."v" AS (select "id", "m" from "legacy"."a");