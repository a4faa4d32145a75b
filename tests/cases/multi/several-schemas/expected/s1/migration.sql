CREATE SCHEMA "hr";
--> statement-breakpoint
CREATE SCHEMA "ops";
--> statement-breakpoint
CREATE SCHEMA "sales";
--> statement-breakpoint
CREATE TYPE "sales"."region" AS ENUM('north', 'south');--> statement-breakpoint
CREATE SEQUENCE "sales"."invoice_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1000 CACHE 1;--> statement-breakpoint
CREATE TABLE "sales"."customers" (
	"id" integer PRIMARY KEY,
	"region" "sales"."region"
);
--> statement-breakpoint
CREATE TABLE "hr"."employees" (
	"id" integer PRIMARY KEY,
	"name" text
);
--> statement-breakpoint
CREATE TABLE "settings" (
	"key" text PRIMARY KEY,
	"value" text
);
--> statement-breakpoint
CREATE TABLE "ops"."tasks" (
	"id" integer PRIMARY KEY,
	"assignee" integer
);
--> statement-breakpoint
ALTER TABLE "ops"."tasks" ADD CONSTRAINT "tasks_assignee_employees_id_fkey" FOREIGN KEY ("assignee") REFERENCES "hr"."employees"("id");