DROP TABLE "tips";--> statement-breakpoint
ALTER TABLE "dining_tables" ADD COLUMN "zone" text;--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "tip_amount" numeric(8,2);--> statement-breakpoint
ALTER TABLE "order_lines" DROP COLUMN "kitchen_note";--> statement-breakpoint
ALTER TABLE "dining_tables" ALTER COLUMN "seats" SET DATA TYPE integer USING "seats"::integer;--> statement-breakpoint
ALTER TABLE "orders" ALTER COLUMN "opened_at" SET DATA TYPE timestamp(0) with time zone USING "opened_at"::timestamp(0) with time zone;