import { integer, pgSchema, primaryKey } from "drizzle-orm/pg-core";

export const inv = pgSchema("inv");
export const bins = inv.table("bins", { id: integer().primaryKey() });
export const stock = inv.table("stock", {
  bin: integer().notNull(),
  sku: integer().notNull(),
}, (t) => [primaryKey({ columns: [t.bin, t.sku] })]);
