import { integer, pgTable, serial, text, timestamp, uuid, varchar } from "drizzle-orm/pg-core";
import { warehouses } from "./inventory";
import { orders } from "./orders";

export const shipments = pgTable("shipments", {
  id: serial("id").primaryKey(),
  orderId: uuid("order_id")
    .notNull()
    .references(() => orders.id, { onDelete: "cascade" }),
  warehouseId: integer("warehouse_id").references(() => warehouses.id),
  carrier: varchar("carrier", { length: 40 }).notNull(),
  trackingNumber: varchar("tracking_number", { length: 80 }),
  shippedAt: timestamp("shipped_at", { withTimezone: true }),
  deliveredAt: timestamp("delivered_at", { withTimezone: true }),
});
