CREATE SCHEMA "crm";
--> statement-breakpoint
CREATE TABLE "crm"."contacts" (
	"id" integer,
	"email" text UNIQUE,
	"phone" text,
	"ext" text,
	CONSTRAINT "contacts_phone_ext" UNIQUE("phone","ext")
);
