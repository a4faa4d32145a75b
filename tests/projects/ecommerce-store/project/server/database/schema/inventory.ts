import { sql } from "drizzle-orm";
import { check, integer, pgTable, primaryKey, serial, text, timestamp, varchar } from "drizzle-orm/pg-core";
import { productVariants } from "./catalog";

export const warehouses = pgTable("warehouses", {
  id: serial("id").primaryKey(),
  code: varchar("code", { length: 16 }).notNull().unique(),
  name: text("name").notNull(),
  countryCode: varchar("country_code", { length: 2 }).notNull(),
});

export const inventoryLevels = pgTable(
  "inventory_levels",
  {
    variantId: integer("variant_id")
      .notNull()
      .references(() => productVariants.id, { onDelete: "cascade" }),
    warehouseId: integer("warehouse_id")
      .notNull()
      .references(() => warehouses.id, { onDelete: "cascade" }),
    onHand: integer("on_hand").notNull().default(0),
    reserved: integer("reserved").notNull().default(0),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.variantId, t.warehouseId] }),
    check("inventory_levels_non_negative", sql`${t.onHand} >= 0 and ${t.reserved} >= 0`),
    check("inventory_levels_reserved_le_on_hand", sql`${t.reserved} <= ${t.onHand}`),
  ],
);
