import { eq, sql } from "drizzle-orm";
import {
  bigint,
  char,
  date,
  foreignKey,
  integer,
  numeric,
  pgSchema,
  text,
  uuid,
} from "drizzle-orm/pg-core";
import { items, unitOfMeasure, warehouses } from "./inventory";

export const purchasing = pgSchema("purchasing");

export const poStatus = purchasing.enum("po_status", ["draft", "sent", "partially_received", "received", "cancelled"]);

export const suppliers = purchasing.table("suppliers", {
  id: uuid("id").primaryKey().defaultRandom(),
  name: text("name").notNull(),
  currency: char("currency", { length: 3 }).notNull().default("EUR"),
  leadTimeDays: integer("lead_time_days").notNull().default(7),
  email: text("email"),
});

export const purchaseOrders = purchasing.table("purchase_orders", {
  id: uuid("id").primaryKey().defaultRandom(),
  supplierId: uuid("supplier_id").notNull().references(() => suppliers.id),
  warehouseId: integer("warehouse_id").notNull().references(() => warehouses.id),
  status: poStatus("status").notNull().default("draft"),
  expectedOn: date("expected_on", { mode: "string" }),
});

export const purchaseOrderLines = purchasing.table(
  "purchase_order_lines",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    orderId: uuid("order_id").notNull(),
    itemId: bigint("item_id", { mode: "number" }).notNull(),
    unit: unitOfMeasure("unit").notNull(),
    quantity: numeric("quantity", { precision: 14, scale: 3 }).notNull(),
    unitCost: numeric("unit_cost", { precision: 12, scale: 4 }).notNull(),
  },
  (t) => [
    foreignKey({ name: "po_lines_order_fk", columns: [t.orderId], foreignColumns: [purchaseOrders.id] }).onDelete("cascade"),
    foreignKey({ name: "po_lines_item_fk", columns: [t.itemId], foreignColumns: [items.id] }).onUpdate("cascade"),
  ],
);

export const openOrders = purchasing.view("open_orders").as((qb) =>
  qb
    .select({ id: purchaseOrders.id, supplier: suppliers.name, expectedOn: purchaseOrders.expectedOn })
    .from(purchaseOrders)
    .innerJoin(suppliers, eq(suppliers.id, purchaseOrders.supplierId))
    .where(sql`${purchaseOrders.status} in ('sent', 'partially_received')`)
    .orderBy(purchaseOrders.expectedOn),
);
