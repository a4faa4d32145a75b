import { sql } from "drizzle-orm";
import { check, integer, pgTable } from "drizzle-orm/pg-core";

export const goods = pgTable("goods", { id: integer(), price: integer() }, (t) => [
  check("price_chk", sql`${t.price} > 0`),
]);
