CREATE SCHEMA "crm";
--> statement-breakpoint
CREATE TABLE "crm"."contacts" (
	"contact_id" integer,
	"email_address" text
);
