CREATE TABLE "warehouse_inventory_adjustments" (
	"warehouse_location_code" integer,
	"product_catalog_number" integer,
	CONSTRAINT "warehouse_inventory_adjustments_warehouse_location_code_product_catalog_number_unique" UNIQUE("warehouse_location_code","product_catalog_number")
);
