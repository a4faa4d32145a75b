import { type SQL, sql } from "drizzle-orm";
import {
  integer,
  numeric,
  pgTable,
  serial,
  smallint,
  text,
  timestamp,
} from "drizzle-orm/pg-core";
import { orderChannel, orderState } from "./enums";
import { menuItems } from "./menu";

export const diningTables = pgTable("dining_tables", {
  id: serial("id").primaryKey(),
  label: text("label").notNull().unique(),
  seats: smallint("seats").notNull().default(4),
});

export const orders = pgTable("orders", {
  id: serial("id").primaryKey(),
  tableId: integer("table_id").references(() => diningTables.id, { onDelete: "set null" }),
  channel: orderChannel("channel").notNull().default("dine_in"),
  state: orderState("state").notNull().default("open"),
  guests: smallint("guests").notNull().default(1),
  openedAt: timestamp("opened_at", { withTimezone: true }).notNull().defaultNow(),
  closedAt: timestamp("closed_at", { withTimezone: true }),
});

export const orderLines = pgTable("order_lines", {
  id: serial("id").primaryKey(),
  orderId: integer("order_id").notNull().references(() => orders.id, { onDelete: "cascade" }),
  menuItemId: integer("menu_item_id").notNull().references(() => menuItems.id),
  quantity: smallint("quantity").notNull().default(1),
  unitPrice: numeric("unit_price", { precision: 10, scale: 2 }).notNull(),
  discountPct: numeric("discount_pct", { precision: 5, scale: 2 }).notNull().default("0"),
  lineTotal: numeric("line_total", { precision: 12, scale: 2 }).generatedAlwaysAs(
    sql`quantity * unit_price * (1 - discount_pct / 100)`,
  ),
  kitchenNote: text("kitchen_note"),
  courses: integer("courses").array().default([1]),
});

export const tips = pgTable("tips", {
  id: serial("id").primaryKey(),
  orderId: integer("order_id").notNull().references(() => orders.id),
  amount: numeric("amount", { precision: 8, scale: 2 }).notNull(),
  sharePct: numeric("share_pct", { precision: 5, scale: 2 }).notNull().default("100"),
  staffShare: numeric("staff_share", { precision: 8, scale: 2 }).generatedAlwaysAs(
    (): SQL => sql`${tips.amount} * ${tips.sharePct} / 100`,
  ),
});
