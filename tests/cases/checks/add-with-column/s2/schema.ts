import { sql } from "drizzle-orm";
import { check, integer, pgTable } from "drizzle-orm/pg-core";

export const t = pgTable("t", { id: integer(), qty: integer().default(1) }, (t) => [
  check("t_qty_positive", sql`${t.qty} > 0`),
]);
