CREATE SCHEMA "billing";
--> statement-breakpoint
CREATE TABLE "customers" (
	"id" serial PRIMARY KEY
);
--> statement-breakpoint
CREATE TABLE "billing"."invoices" (
	"id" serial PRIMARY KEY,
	"total" numeric(12,2) NOT NULL
);
