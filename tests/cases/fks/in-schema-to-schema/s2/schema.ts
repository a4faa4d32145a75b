import { integer, pgSchema } from "drizzle-orm/pg-core";

export const shop = pgSchema("shop");
export const products = shop.table("products", { id: integer().primaryKey() });
export const lines = shop.table("lines", {
  id: integer().primaryKey(),
  productId: integer("product_id").references(() => products.id, { onDelete: "set null" }),
});
