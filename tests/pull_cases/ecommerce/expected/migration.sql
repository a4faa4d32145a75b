-- Current sql file was generated after introspecting the database
-- If you want to run this migration please uncomment this code before executing migrations
/*
CREATE TYPE "currency" AS ENUM('EUR', 'USD', 'GBP');--> statement-breakpoint
CREATE TYPE "order_state" AS ENUM('cart', 'placed', 'paid', 'shipped', 'delivered', 'returned');--> statement-breakpoint
CREATE TABLE "addresses" (
	"id" bigserial PRIMARY KEY,
	"customer_id" bigint NOT NULL,
	"line1" text NOT NULL,
	"line2" text,
	"city" text NOT NULL,
	"postal_code" varchar(16) NOT NULL,
	"country" char(2) DEFAULT 'NL' NOT NULL,
	"is_default" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "categories" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"slug" varchar(100) NOT NULL CONSTRAINT "categories_slug_key" UNIQUE,
	"name" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "customers" (
	"id" bigserial PRIMARY KEY,
	"email" varchar(320) NOT NULL,
	"full_name" text NOT NULL,
	"phone" varchar(32),
	"marketing_opt_in" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "inventory" (
	"product_id" bigint,
	"warehouse" varchar(32),
	"quantity" integer DEFAULT 0 NOT NULL,
	"reserved" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "inventory_pkey" PRIMARY KEY("product_id","warehouse"),
	CONSTRAINT "inventory_reserved_le_quantity" CHECK ((reserved <= quantity))
);
--> statement-breakpoint
CREATE TABLE "order_lines" (
	"order_id" uuid,
	"line_no" smallint,
	"product_id" bigint NOT NULL,
	"quantity" integer DEFAULT 1 NOT NULL,
	"unit_price_cents" integer NOT NULL,
	"discount" numeric(5,2) DEFAULT '0.00',
	CONSTRAINT "order_lines_pkey" PRIMARY KEY("order_id","line_no")
);
--> statement-breakpoint
CREATE TABLE "orders" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"number" integer GENERATED ALWAYS AS IDENTITY (sequence name "orders_number_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1000 CACHE 1),
	"customer_id" bigint NOT NULL,
	"shipping_address_id" bigint,
	"state" "order_state" DEFAULT 'cart'::"order_state" NOT NULL,
	"currency" "currency" DEFAULT 'EUR'::"currency" NOT NULL,
	"subtotal_cents" integer DEFAULT 0 NOT NULL,
	"tax_cents" integer DEFAULT 0 NOT NULL,
	"total_cents" integer GENERATED ALWAYS AS ((subtotal_cents + tax_cents)) STORED,
	"note" text,
	"placed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "payments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"order_id" uuid NOT NULL,
	"provider" text NOT NULL,
	"provider_ref" text,
	"amount_cents" integer NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"raw" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "payments_provider_provider_ref_key" UNIQUE("provider","provider_ref")
);
--> statement-breakpoint
CREATE TABLE "products" (
	"id" bigserial PRIMARY KEY,
	"category_id" integer,
	"sku" varchar(64) NOT NULL CONSTRAINT "products_sku_unique" UNIQUE,
	"title" text NOT NULL,
	"description" text,
	"price_cents" integer NOT NULL,
	"currency" "currency" DEFAULT 'EUR'::"currency" NOT NULL,
	"weight_grams" integer,
	"tags" text[] DEFAULT '{}'::text[] NOT NULL,
	"attributes" jsonb DEFAULT '{}' NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp(3) DEFAULT CURRENT_TIMESTAMP NOT NULL,
	CONSTRAINT "products_price_cents_check" CHECK ((price_cents >= 0))
);
--> statement-breakpoint
CREATE TABLE "reviews" (
	"id" serial PRIMARY KEY,
	"product_id" bigint NOT NULL,
	"customer_id" bigint,
	"rating" smallint NOT NULL,
	"body" text,
	"created_at" timestamp with time zone DEFAULT now(),
	CONSTRAINT "reviews_rating_check" CHECK (((rating >= 1) AND (rating <= 5)))
);
--> statement-breakpoint
CREATE INDEX "addresses_customer_idx" ON "addresses" ("customer_id");--> statement-breakpoint
CREATE UNIQUE INDEX "customers_email_lower_idx" ON "customers" (lower((email)::text));--> statement-breakpoint
CREATE INDEX "orders_customer_created_idx" ON "orders" ("customer_id","created_at" DESC);--> statement-breakpoint
CREATE INDEX "orders_state_idx" ON "orders" ("state") WHERE (state <> 'delivered'::order_state);--> statement-breakpoint
CREATE INDEX "products_category_idx" ON "products" ("category_id") WHERE active;--> statement-breakpoint
CREATE INDEX "products_tags_idx" ON "products" USING gin ("tags");--> statement-breakpoint
CREATE INDEX "products_title_trgm_like" ON "products" ("title" text_pattern_ops);--> statement-breakpoint
ALTER TABLE "addresses" ADD CONSTRAINT "addresses_customer_id_fkey" FOREIGN KEY ("customer_id") REFERENCES "customers"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "categories" ADD CONSTRAINT "categories_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "categories"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "products" ADD CONSTRAINT "products_category_id_fkey" FOREIGN KEY ("category_id") REFERENCES "categories"("id");--> statement-breakpoint
ALTER TABLE "inventory" ADD CONSTRAINT "inventory_product_id_fkey" FOREIGN KEY ("product_id") REFERENCES "products"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "orders" ADD CONSTRAINT "orders_customer_id_fkey" FOREIGN KEY ("customer_id") REFERENCES "customers"("id") ON DELETE RESTRICT ON UPDATE CASCADE;--> statement-breakpoint
ALTER TABLE "orders" ADD CONSTRAINT "orders_shipping_address_id_fkey" FOREIGN KEY ("shipping_address_id") REFERENCES "addresses"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "order_lines" ADD CONSTRAINT "order_lines_order_id_fkey" FOREIGN KEY ("order_id") REFERENCES "orders"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "order_lines" ADD CONSTRAINT "order_lines_product_id_fkey" FOREIGN KEY ("product_id") REFERENCES "products"("id");--> statement-breakpoint
ALTER TABLE "payments" ADD CONSTRAINT "payments_order_id_fkey" FOREIGN KEY ("order_id") REFERENCES "orders"("id");--> statement-breakpoint
ALTER TABLE "reviews" ADD CONSTRAINT "reviews_customer_id_fkey" FOREIGN KEY ("customer_id") REFERENCES "customers"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "reviews" ADD CONSTRAINT "reviews_product_id_fkey" FOREIGN KEY ("product_id") REFERENCES "products"("id") ON DELETE CASCADE;--> statement-breakpoint
CREATE MATERIALIZED VIEW "daily_sales" USING "heap" AS (SELECT date_trunc('day'::text, o.placed_at) AS day, sum(o.total_cents) AS total_cents, count(*) AS orders FROM orders o WHERE o.state = ANY (ARRAY['paid'::order_state, 'shipped'::order_state, 'delivered'::order_state]) GROUP BY (date_trunc('day'::text, o.placed_at)));--> statement-breakpoint
CREATE VIEW "product_ratings" AS (SELECT p.id AS product_id, avg(r.rating)::numeric(3,2) AS average, count(*) AS reviews FROM products p LEFT JOIN reviews r ON r.product_id = p.id GROUP BY p.id);
*/