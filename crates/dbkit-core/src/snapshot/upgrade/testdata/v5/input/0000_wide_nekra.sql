CREATE SCHEMA "shop";
--> statement-breakpoint
DO $$ BEGIN
 CREATE TYPE "status" AS ENUM('new', 'paid');
EXCEPTION
 WHEN duplicate_object THEN null;
END $$;
--> statement-breakpoint
CREATE TABLE IF NOT EXISTS "customers" (
	"id" serial PRIMARY KEY NOT NULL,
	"email" varchar(120) NOT NULL,
	"vip" boolean DEFAULT false,
	"born" date DEFAULT '1990-05-06',
	"seen" timestamp (3) DEFAULT now(),
	"prefs" jsonb DEFAULT '{"theme":"dark"}'::jsonb,
	"tags" text[],
	CONSTRAINT "customers_email_unique" UNIQUE("email")
);
--> statement-breakpoint
CREATE TABLE IF NOT EXISTS "notes" (
	"order_id" integer NOT NULL,
	"order_line" integer NOT NULL,
	"body" text DEFAULT 'it's'
);
--> statement-breakpoint
CREATE TABLE IF NOT EXISTS "shop"."orders" (
	"id" integer NOT NULL,
	"line" integer NOT NULL,
	"customer_id" integer,
	"status" "status" DEFAULT 'new' NOT NULL,
	"total" numeric(10, 2) DEFAULT '0',
	CONSTRAINT "orders_id_line_pk" PRIMARY KEY("id","line"),
	CONSTRAINT "orders_total_uq" UNIQUE("total","status")
);
--> statement-breakpoint
DO $$ BEGIN
 ALTER TABLE "notes" ADD CONSTRAINT "notes_order_id_order_line_orders_id_line_fk" FOREIGN KEY ("order_id","order_line") REFERENCES "shop"."orders"("id","line") ON DELETE no action ON UPDATE cascade;
EXCEPTION
 WHEN duplicate_object THEN null;
END $$;
--> statement-breakpoint
DO $$ BEGIN
 ALTER TABLE "shop"."orders" ADD CONSTRAINT "orders_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "customers"("id") ON DELETE cascade ON UPDATE no action;
EXCEPTION
 WHEN duplicate_object THEN null;
END $$;
