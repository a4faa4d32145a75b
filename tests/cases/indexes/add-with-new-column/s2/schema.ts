import { sql } from "drizzle-orm";
import { index, integer, pgTable, text } from "drizzle-orm/pg-core";

export const orders = pgTable("orders", {
  id: integer(),
  ref: text(),
}, (t) => [index().on(t.ref), index("orders_ref_lower").on(sql`lower(${t.ref})`).where(sql`${t.ref} is not null`)]);
