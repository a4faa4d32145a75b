CREATE TYPE "billing_interval" AS ENUM('day', 'week', 'month', 'year');--> statement-breakpoint
CREATE TYPE "invoice_status" AS ENUM('draft', 'open', 'paid', 'uncollectible', 'void');--> statement-breakpoint
CREATE TYPE "subscription_status" AS ENUM('incomplete', 'incomplete_expired', 'trialing', 'active', 'past_due', 'canceled', 'unpaid', 'paused');--> statement-breakpoint
CREATE TABLE "customers" (
	"id" text PRIMARY KEY,
	"name" text NOT NULL,
	"email" varchar(320) NOT NULL,
	"stripe_customer_id" text UNIQUE,
	"tax_exempt" boolean DEFAULT false NOT NULL,
	"country" varchar(2),
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "invoices" (
	"id" text PRIMARY KEY,
	"customer_id" text NOT NULL,
	"subscription_id" text,
	"stripe_invoice_id" text UNIQUE,
	"number" text,
	"status" "invoice_status" DEFAULT 'draft'::"invoice_status" NOT NULL,
	"currency" char(3) NOT NULL,
	"subtotal" numeric(12,2) NOT NULL,
	"tax" numeric(12,2) DEFAULT '0' NOT NULL,
	"amount_paid" numeric(12,2) DEFAULT '0' NOT NULL,
	"due_date" timestamp with time zone,
	"paid_at" timestamp with time zone,
	"hosted_invoice_url" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "prices" (
	"id" text PRIMARY KEY,
	"product_id" text NOT NULL,
	"stripe_price_id" text UNIQUE,
	"currency" char(3) DEFAULT 'usd' NOT NULL,
	"unit_amount" bigint,
	"interval" "billing_interval",
	"interval_count" integer DEFAULT 1 NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "products" (
	"id" text PRIMARY KEY,
	"stripe_product_id" text UNIQUE,
	"name" text NOT NULL,
	"description" text,
	"active" boolean DEFAULT true NOT NULL,
	"features" jsonb DEFAULT '[]' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "subscriptions" (
	"id" text PRIMARY KEY,
	"customer_id" text NOT NULL,
	"price_id" text NOT NULL,
	"stripe_subscription_id" text NOT NULL,
	"status" "subscription_status" NOT NULL,
	"quantity" integer DEFAULT 1 NOT NULL,
	"cancel_at_period_end" boolean DEFAULT false NOT NULL,
	"current_period_start" timestamp with time zone NOT NULL,
	"current_period_end" timestamp with time zone NOT NULL,
	"canceled_at" timestamp with time zone,
	"metadata" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "usage_records" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "usage_records_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"subscription_id" text NOT NULL,
	"meter" text NOT NULL,
	"quantity" bigint NOT NULL,
	"idempotency_key" text NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"reported_to_stripe_at" timestamp with time zone
);
--> statement-breakpoint
CREATE INDEX "customers_email_idx" ON "customers" ("email");--> statement-breakpoint
CREATE INDEX "invoices_customer_status_idx" ON "invoices" ("customer_id","status");--> statement-breakpoint
CREATE INDEX "prices_product_idx" ON "prices" ("product_id");--> statement-breakpoint
CREATE UNIQUE INDEX "subscriptions_stripe_id_uidx" ON "subscriptions" ("stripe_subscription_id");--> statement-breakpoint
CREATE INDEX "subscriptions_customer_idx" ON "subscriptions" ("customer_id");--> statement-breakpoint
CREATE INDEX "subscriptions_live_idx" ON "subscriptions" ("customer_id") WHERE "status" in ('trialing', 'active', 'past_due');--> statement-breakpoint
CREATE UNIQUE INDEX "usage_records_idempotency_uidx" ON "usage_records" ("idempotency_key");--> statement-breakpoint
CREATE INDEX "usage_records_sub_meter_time_idx" ON "usage_records" ("subscription_id","meter","recorded_at");--> statement-breakpoint
CREATE INDEX "usage_records_unreported_idx" ON "usage_records" ("recorded_at") WHERE reported_to_stripe_at is null;--> statement-breakpoint
ALTER TABLE "invoices" ADD CONSTRAINT "invoices_customer_id_customers_id_fkey" FOREIGN KEY ("customer_id") REFERENCES "customers"("id");--> statement-breakpoint
ALTER TABLE "invoices" ADD CONSTRAINT "invoices_subscription_id_subscriptions_id_fkey" FOREIGN KEY ("subscription_id") REFERENCES "subscriptions"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "prices" ADD CONSTRAINT "prices_product_id_products_id_fkey" FOREIGN KEY ("product_id") REFERENCES "products"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "subscriptions" ADD CONSTRAINT "subscriptions_customer_id_customers_id_fkey" FOREIGN KEY ("customer_id") REFERENCES "customers"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "subscriptions" ADD CONSTRAINT "subscriptions_price_id_prices_id_fkey" FOREIGN KEY ("price_id") REFERENCES "prices"("id");--> statement-breakpoint
ALTER TABLE "usage_records" ADD CONSTRAINT "usage_records_subscription_id_subscriptions_id_fkey" FOREIGN KEY ("subscription_id") REFERENCES "subscriptions"("id") ON DELETE CASCADE;