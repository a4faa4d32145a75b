CREATE TYPE "allergen" AS ENUM('gluten', 'dairy', 'egg', 'nuts', 'peanuts', 'soy', 'fish', 'shellfish', 'sesame');--> statement-breakpoint
CREATE TYPE "order_channel" AS ENUM('dine_in', 'takeaway', 'delivery');--> statement-breakpoint
CREATE TYPE "order_state" AS ENUM('open', 'sent_to_kitchen', 'served', 'paid', 'void');--> statement-breakpoint
CREATE TABLE "menu_categories" (
	"id" serial PRIMARY KEY,
	"parent_id" integer,
	"name" varchar(80) NOT NULL,
	"sort_order" smallint DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "menu_items" (
	"id" serial PRIMARY KEY,
	"category_id" integer NOT NULL,
	"sku" varchar(24),
	"name" text NOT NULL,
	"price" numeric(10,2) NOT NULL,
	"vat_rate" numeric(4,3) DEFAULT '0.070' NOT NULL,
	"allergens" "allergen"[] DEFAULT '{}'::"allergen"[] NOT NULL,
	"tags" text[] DEFAULT '{}'::text[],
	"spicy_level" smallint DEFAULT 0,
	"available" boolean DEFAULT true NOT NULL,
	CONSTRAINT "menu_items_category_sku_uq" UNIQUE NULLS NOT DISTINCT("category_id","sku")
);
--> statement-breakpoint
CREATE TABLE "dining_tables" (
	"id" serial PRIMARY KEY,
	"label" text NOT NULL UNIQUE,
	"seats" smallint DEFAULT 4 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "order_lines" (
	"id" serial PRIMARY KEY,
	"order_id" integer NOT NULL,
	"menu_item_id" integer NOT NULL,
	"quantity" smallint DEFAULT 1 NOT NULL,
	"unit_price" numeric(10,2) NOT NULL,
	"discount_pct" numeric(5,2) DEFAULT '0' NOT NULL,
	"line_total" numeric(12,2) GENERATED ALWAYS AS (quantity * unit_price * (1 - discount_pct / 100)) STORED,
	"kitchen_note" text,
	"courses" integer[] DEFAULT '{1}'::integer[]
);
--> statement-breakpoint
CREATE TABLE "orders" (
	"id" serial PRIMARY KEY,
	"table_id" integer,
	"channel" "order_channel" DEFAULT 'dine_in'::"order_channel" NOT NULL,
	"state" "order_state" DEFAULT 'open'::"order_state" NOT NULL,
	"guests" smallint DEFAULT 1 NOT NULL,
	"opened_at" timestamp with time zone DEFAULT now() NOT NULL,
	"closed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "tips" (
	"id" serial PRIMARY KEY,
	"order_id" integer NOT NULL,
	"amount" numeric(8,2) NOT NULL,
	"share_pct" numeric(5,2) DEFAULT '100' NOT NULL,
	"staff_share" numeric(8,2) GENERATED ALWAYS AS ("tips"."amount" * "tips"."share_pct" / 100) STORED
);
--> statement-breakpoint
ALTER TABLE "menu_categories" ADD CONSTRAINT "menu_categories_parent_id_menu_categories_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "menu_categories"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "menu_items" ADD CONSTRAINT "menu_items_category_id_menu_categories_id_fkey" FOREIGN KEY ("category_id") REFERENCES "menu_categories"("id");--> statement-breakpoint
ALTER TABLE "order_lines" ADD CONSTRAINT "order_lines_order_id_orders_id_fkey" FOREIGN KEY ("order_id") REFERENCES "orders"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "order_lines" ADD CONSTRAINT "order_lines_menu_item_id_menu_items_id_fkey" FOREIGN KEY ("menu_item_id") REFERENCES "menu_items"("id");--> statement-breakpoint
ALTER TABLE "orders" ADD CONSTRAINT "orders_table_id_dining_tables_id_fkey" FOREIGN KEY ("table_id") REFERENCES "dining_tables"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "tips" ADD CONSTRAINT "tips_order_id_orders_id_fkey" FOREIGN KEY ("order_id") REFERENCES "orders"("id");