ALTER TYPE "allergen" ADD VALUE 'mustard';--> statement-breakpoint
ALTER TYPE "allergen" ADD VALUE 'celery';--> statement-breakpoint
ALTER TYPE "order_channel" ADD VALUE 'curbside' BEFORE 'delivery';--> statement-breakpoint
ALTER TABLE "order_lines" ADD COLUMN "modifiers" text[];--> statement-breakpoint
ALTER TABLE "order_lines" DROP COLUMN "line_total";--> statement-breakpoint
ALTER TABLE "order_lines" ADD COLUMN "line_total" numeric(12,2) GENERATED ALWAYS AS (round(quantity * unit_price * (1 - discount_pct / 100), 2)) STORED;--> statement-breakpoint
ALTER TABLE "menu_items" ALTER COLUMN "vat_rate" SET DEFAULT '0.190';--> statement-breakpoint
ALTER TABLE "menu_items" ALTER COLUMN "vat_rate" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "menu_items" ALTER COLUMN "tags" SET DEFAULT '{new}'::text[];--> statement-breakpoint
ALTER TABLE "menu_items" ALTER COLUMN "tags" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "menu_items" ALTER COLUMN "spicy_level" SET DEFAULT 1;--> statement-breakpoint
ALTER TABLE "menu_items" ALTER COLUMN "spicy_level" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "order_lines" ALTER COLUMN "courses" SET DEFAULT '{1,2}'::integer[];