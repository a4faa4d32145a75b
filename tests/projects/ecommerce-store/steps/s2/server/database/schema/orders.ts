import { sql } from "drizzle-orm";
import {
  char,
  index,
  integer,
  jsonb,
  numeric,
  pgSequence,
  pgTable,
  serial,
  text,
  timestamp,
  uuid,
  varchar,
} from "drizzle-orm/pg-core";
import { productVariants } from "./catalog";
import { addresses, customers } from "./customers";
import { orderStatus, paymentProvider, paymentStatus } from "./enums";

export const orderNumberSeq = pgSequence("order_number_seq", { startWith: 1000, increment: 1 });

export const orders = pgTable(
  "orders",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    number: integer("number")
      .notNull()
      .unique()
      .default(sql`nextval('order_number_seq')`),
    customerId: integer("customer_id").references(() => customers.id, { onDelete: "set null" }),
    email: varchar("email", { length: 255 }).notNull(),
    status: orderStatus("status").notNull().default("pending"),
    currency: char("currency", { length: 3 }).notNull().default("EUR"),
    subtotal: numeric("subtotal", { precision: 12, scale: 2 }).notNull(),
    shippingTotal: numeric("shipping_total", { precision: 12, scale: 2 }).notNull().default("0.00"),
    taxTotal: numeric("tax_total", { precision: 12, scale: 2 }).notNull().default("0.00"),
    discountTotal: numeric("discount_total", { precision: 12, scale: 2 }).notNull().default("0.00"),
    grandTotal: numeric("grand_total", { precision: 12, scale: 2 }).notNull(),
    shippingAddressId: integer("shipping_address_id").references(() => addresses.id),
    note: text("note"),
    placedAt: timestamp("placed_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("orders_customer_idx").on(t.customerId),
    index("orders_status_placed_idx").on(t.status, t.placedAt.desc()),
  ],
);

export const orderItems = pgTable(
  "order_items",
  {
    id: serial("id").primaryKey(),
    orderId: uuid("order_id")
      .notNull()
      .references(() => orders.id, { onDelete: "cascade" }),
    variantId: integer("variant_id").references(() => productVariants.id, { onDelete: "set null" }),
    title: text("title").notNull(),
    sku: varchar("sku", { length: 64 }),
    quantity: integer("quantity").notNull(),
    unitPrice: numeric("unit_price", { precision: 10, scale: 2 }).notNull(),
  },
  (t) => [index("order_items_order_idx").on(t.orderId)],
);

export const payments = pgTable(
  "payments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    orderId: uuid("order_id")
      .notNull()
      .references(() => orders.id, { onDelete: "restrict" }),
    provider: paymentProvider("provider").notNull(),
    providerReference: text("provider_reference"),
    status: paymentStatus("status").notNull(),
    amount: numeric("amount", { precision: 12, scale: 2 }).notNull(),
    raw: jsonb("raw"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("payments_order_idx").on(t.orderId)],
);
