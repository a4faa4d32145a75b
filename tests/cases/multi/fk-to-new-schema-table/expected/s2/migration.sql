CREATE SCHEMA "logistics";
--> statement-breakpoint
CREATE TABLE "logistics"."warehouses" (
	"id" integer PRIMARY KEY,
	"name" text
);
--> statement-breakpoint
ALTER TABLE "orders" ADD CONSTRAINT "orders_warehouse_id_warehouses_id_fkey" FOREIGN KEY ("warehouse_id") REFERENCES "logistics"."warehouses"("id");