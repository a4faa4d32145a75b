import { sql } from "drizzle-orm";
import {
  bigint,
  check,
  integer,
  numeric,
  pgSchema,
  primaryKey,
  text,
  timestamp,
  varchar,
} from "drizzle-orm/pg-core";

export const inventory = pgSchema("inventory");

export const UNITS = ["each", "box", "pallet", "kg", "litre"] as const;
export const unitOfMeasure = inventory.enum("uom", UNITS);
export const movementKind = inventory.enum("movement_kind", ["receipt", "pick", "transfer", "adjustment", "cycle_count"]);

export const skuNumber = inventory.sequence("sku_number_seq", { startWith: 100000, increment: 1, cache: 100 });

export const warehouses = inventory.table("warehouses", {
  id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
  code: varchar("code", { length: 10 }).notNull().unique(),
  name: text("name").notNull(),
  timezone: text("timezone").notNull().default("UTC"),
});

export const locations = inventory.table(
  "locations",
  {
    warehouseId: integer("warehouse_id").notNull().references(() => warehouses.id, { onDelete: "cascade" }),
    code: varchar("code", { length: 16 }).notNull(),
    capacity: numeric("capacity", { precision: 10, scale: 3 }),
  },
  (t) => [primaryKey({ name: "locations_pk", columns: [t.warehouseId, t.code] })],
);

export const items = inventory.table(
  "items",
  {
    id: bigint("id", { mode: "number" }).primaryKey().default(sql`nextval('inventory.sku_number_seq')`),
    name: text("name").notNull(),
    unit: unitOfMeasure("unit").notNull().default("each"),
    weightKg: numeric("weight_kg", { precision: 10, scale: 3, mode: "number" }),
    reorderPoint: integer("reorder_point").notNull().default(0),
    reorderQty: integer("reorder_qty"),
    createdAt: timestamp("created_at", { mode: "string", withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check("items_reorder_point_nonneg", sql`${t.reorderPoint} >= 0`),
    check("items_reorder_qty_positive", sql`${t.reorderQty} is null or ${t.reorderQty} > 0`),
  ],
);

export const stock = inventory.table(
  "stock",
  {
    itemId: bigint("item_id", { mode: "number" }).notNull().references(() => items.id),
    warehouseId: integer("warehouse_id").notNull(),
    locationCode: varchar("location_code", { length: 16 }).notNull(),
    quantity: numeric("quantity", { precision: 14, scale: 3 }).notNull().default("0"),
  },
  (t) => [primaryKey({ columns: [t.itemId, t.warehouseId, t.locationCode] })],
);
