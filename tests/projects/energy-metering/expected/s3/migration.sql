ALTER SEQUENCE "billing"."invoice_no_seq" RENAME TO "invoice_number_seq";--> statement-breakpoint
ALTER TABLE "tariffs" SET SCHEMA "billing";
--> statement-breakpoint
ALTER TABLE "billing"."invoices" ALTER COLUMN "number" SET DEFAULT nextval('billing.invoice_number_seq');--> statement-breakpoint
ALTER TABLE "billing"."invoices" ALTER COLUMN "tiers" SET DATA TYPE numeric(10,4)[] USING "tiers"::numeric(10,4)[];