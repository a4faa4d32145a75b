CREATE SCHEMA "crm";
--> statement-breakpoint
CREATE TABLE "crm"."users" (
	"id" integer,
	"nm" text
);
