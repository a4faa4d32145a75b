ALTER TABLE "crm"."contacts" DROP CONSTRAINT "contacts_phone_ext";--> statement-breakpoint
ALTER TABLE "crm"."contacts" DROP CONSTRAINT "contacts_email_key";--> statement-breakpoint
ALTER TABLE "crm"."contacts" ADD CONSTRAINT "contacts_id_uq" UNIQUE("id");