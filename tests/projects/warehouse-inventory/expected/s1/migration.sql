CREATE SCHEMA "inventory";
--> statement-breakpoint
CREATE SCHEMA "purchasing";
--> statement-breakpoint
CREATE TYPE "inventory"."movement_kind" AS ENUM('receipt', 'pick', 'transfer', 'adjustment', 'cycle_count');--> statement-breakpoint
CREATE TYPE "inventory"."unit_of_measure" AS ENUM('each', 'box', 'pallet', 'kg', 'litre');--> statement-breakpoint
CREATE TYPE "purchasing"."po_status" AS ENUM('draft', 'sent', 'partially_received', 'received', 'cancelled');--> statement-breakpoint
CREATE SEQUENCE "inventory"."movement_number_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 99999999 START WITH 1 CACHE 1 CYCLE;--> statement-breakpoint
CREATE SEQUENCE "inventory"."sku_number_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 100000 CACHE 50;--> statement-breakpoint
CREATE TABLE "inventory"."items" (
	"id" bigint PRIMARY KEY DEFAULT nextval('inventory.sku_number_seq'),
	"name" text NOT NULL,
	"unit" "inventory"."unit_of_measure" DEFAULT 'each'::"inventory"."unit_of_measure" NOT NULL,
	"weight_kg" numeric(10,3),
	"reorder_point" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "items_reorder_point_nonneg" CHECK ("reorder_point" >= 0)
);
--> statement-breakpoint
CREATE TABLE "inventory"."locations" (
	"warehouse_id" integer,
	"code" varchar(16),
	"aisle" varchar(4),
	"capacity" numeric(10,3),
	CONSTRAINT "locations_pk" PRIMARY KEY("warehouse_id","code")
);
--> statement-breakpoint
CREATE TABLE "inventory"."movements" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "inventory"."movements_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1000),
	"number" integer DEFAULT nextval('inventory.movement_number_seq') NOT NULL,
	"kind" "inventory"."movement_kind" NOT NULL,
	"item_id" bigint NOT NULL,
	"quantity" numeric(14,3) NOT NULL,
	"at" timestamp(3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "inventory"."stock" (
	"item_id" bigint,
	"warehouse_id" integer,
	"location_code" varchar(16),
	"quantity" numeric(14,3) DEFAULT '0' NOT NULL,
	CONSTRAINT "stock_pkey" PRIMARY KEY("item_id","warehouse_id","location_code")
);
--> statement-breakpoint
CREATE TABLE "inventory"."warehouses" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "inventory"."warehouses_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"code" varchar(8) NOT NULL UNIQUE,
	"name" text NOT NULL,
	"timezone" text DEFAULT 'UTC' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "purchasing"."purchase_order_lines" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"order_id" uuid NOT NULL,
	"item_id" bigint NOT NULL,
	"unit" "inventory"."unit_of_measure" NOT NULL,
	"quantity" numeric(14,3) NOT NULL,
	"unit_cost" numeric(12,4) NOT NULL
);
--> statement-breakpoint
CREATE TABLE "purchasing"."purchase_orders" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"supplier_id" uuid NOT NULL,
	"warehouse_id" integer NOT NULL,
	"status" "purchasing"."po_status" DEFAULT 'draft'::"purchasing"."po_status" NOT NULL,
	"expected_on" date
);
--> statement-breakpoint
CREATE TABLE "purchasing"."suppliers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"name" text NOT NULL,
	"currency" char(3) DEFAULT 'EUR' NOT NULL,
	"lead_time_days" integer DEFAULT 7 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "inventory"."locations" ADD CONSTRAINT "locations_warehouse_id_warehouses_id_fkey" FOREIGN KEY ("warehouse_id") REFERENCES "inventory"."warehouses"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "inventory"."movements" ADD CONSTRAINT "movements_item_id_items_id_fkey" FOREIGN KEY ("item_id") REFERENCES "inventory"."items"("id");--> statement-breakpoint
ALTER TABLE "inventory"."stock" ADD CONSTRAINT "stock_item_id_items_id_fkey" FOREIGN KEY ("item_id") REFERENCES "inventory"."items"("id");--> statement-breakpoint
ALTER TABLE "purchasing"."purchase_order_lines" ADD CONSTRAINT "po_lines_order_fk" FOREIGN KEY ("order_id") REFERENCES "purchasing"."purchase_orders"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "purchasing"."purchase_order_lines" ADD CONSTRAINT "po_lines_item_fk" FOREIGN KEY ("item_id") REFERENCES "inventory"."items"("id") ON UPDATE CASCADE;--> statement-breakpoint
ALTER TABLE "purchasing"."purchase_orders" ADD CONSTRAINT "purchase_orders_supplier_id_suppliers_id_fkey" FOREIGN KEY ("supplier_id") REFERENCES "purchasing"."suppliers"("id");--> statement-breakpoint
ALTER TABLE "purchasing"."purchase_orders" ADD CONSTRAINT "purchase_orders_warehouse_id_warehouses_id_fkey" FOREIGN KEY ("warehouse_id") REFERENCES "inventory"."warehouses"("id");--> statement-breakpoint
CREATE VIEW "purchasing"."open_orders" AS (select "purchasing"."purchase_orders"."id", "purchasing"."suppliers"."name", "purchasing"."purchase_orders"."expected_on" from "purchasing"."purchase_orders" inner join "purchasing"."suppliers" on "purchasing"."suppliers"."id" = "purchasing"."purchase_orders"."supplier_id" where "purchasing"."purchase_orders"."status" in ('sent', 'partially_received'));