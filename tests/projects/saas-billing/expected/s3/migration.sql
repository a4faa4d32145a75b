ALTER TYPE "billing_interval" ADD VALUE 'quarter' BEFORE 'year';--> statement-breakpoint
ALTER TABLE "invoices" ADD COLUMN "total" numeric(12,2) GENERATED ALWAYS AS ("invoices"."subtotal" + "invoices"."tax") STORED;--> statement-breakpoint
ALTER TABLE "invoices" ADD COLUMN "amount_remaining" numeric(12,2) GENERATED ALWAYS AS (subtotal + tax - amount_paid) STORED;--> statement-breakpoint
ALTER TABLE "coupons" ALTER COLUMN "percent_off" SET DATA TYPE numeric(6,3) USING "percent_off"::numeric(6,3);