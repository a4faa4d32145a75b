import { sql } from "drizzle-orm";
import { check, integer, pgTable } from "drizzle-orm/pg-core";

export const products = pgTable("products", { id: integer(), cost: integer() }, (t) => [
  check("products_price_chk", sql`${t.cost} > 0`),
]);
