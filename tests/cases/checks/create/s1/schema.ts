import { sql } from "drizzle-orm";
import { check, integer, pgTable, text } from "drizzle-orm/pg-core";

export const products = pgTable("products", {
  id: integer(),
  price: integer().notNull(),
  name: text(),
}, (t) => [check("products_price_positive", sql`${t.price} > 0`)]);
