import { sql } from "drizzle-orm";
import { check, integer, pgTable } from "drizzle-orm/pg-core";

export const products = pgTable("products", { id: integer(), price: integer() }, (t) => [
  check("products_price_check", sql`${t.price} > 0`),
]);
