CREATE SCHEMA "crm";
--> statement-breakpoint
CREATE TABLE "crm"."contacts" (
	"id" integer
);
