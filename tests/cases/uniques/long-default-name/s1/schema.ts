import { integer, pgTable, unique } from "drizzle-orm/pg-core";

export const t = pgTable("warehouse_inventory_adjustments", {
  warehouseLocationCode: integer("warehouse_location_code"),
  productCatalogNumber: integer("product_catalog_number"),
}, (t) => [unique().on(t.warehouseLocationCode, t.productCatalogNumber)]);
