CREATE TYPE "discount_kind" AS ENUM('percentage', 'fixed_amount', 'free_shipping');--> statement-breakpoint
ALTER TYPE "order_status" ADD VALUE 'partially_fulfilled' BEFORE 'fulfilled';--> statement-breakpoint
ALTER TYPE "payment_provider" ADD VALUE 'klarna';--> statement-breakpoint
CREATE TABLE "discount_codes" (
	"id" serial PRIMARY KEY,
	"code" varchar(40) NOT NULL UNIQUE,
	"kind" "discount_kind" NOT NULL,
	"value" numeric(10,2),
	"usage_limit" integer,
	"times_used" integer DEFAULT 0 NOT NULL,
	"starts_at" timestamp with time zone DEFAULT now() NOT NULL,
	"ends_at" timestamp with time zone,
	CONSTRAINT "discount_codes_value_required" CHECK ("kind" = 'free_shipping' or "value" is not null),
	CONSTRAINT "discount_codes_usage" CHECK ("usage_limit" is null or "times_used" <= "usage_limit")
);
--> statement-breakpoint
CREATE TABLE "order_discounts" (
	"order_id" uuid NOT NULL,
	"discount_code_id" integer NOT NULL,
	"amount" numeric(12,2) NOT NULL
);
--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "discount_total" numeric(12,2) DEFAULT '0.00' NOT NULL;--> statement-breakpoint
ALTER TABLE "order_discounts" ADD CONSTRAINT "order_discounts_order_id_orders_id_fkey" FOREIGN KEY ("order_id") REFERENCES "orders"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "order_discounts" ADD CONSTRAINT "order_discounts_discount_code_id_discount_codes_id_fkey" FOREIGN KEY ("discount_code_id") REFERENCES "discount_codes"("id");