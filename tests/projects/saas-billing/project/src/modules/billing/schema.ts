import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  char,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
} from "drizzle-orm/pg-core";
import { id, stripeId, timestamps } from "../../db/helpers";
import { customers } from "../accounts/schema";
import { billingInterval, invoiceStatus, subscriptionStatus } from "./enums";

export { billingInterval, invoiceStatus, subscriptionStatus };

export const products = pgTable("products", {
  id: id(),
  stripeProductId: stripeId("stripe_product_id").unique(),
  name: text("name").notNull(),
  description: text("description"),
  active: boolean("active").notNull().default(true),
  features: jsonb("features").$type<string[]>().notNull().default([]),
  ...timestamps,
});

export const prices = pgTable(
  "prices",
  {
    id: id(),
    productId: text("product_id")
      .notNull()
      .references(() => products.id, { onDelete: "cascade" }),
    stripePriceId: stripeId("stripe_price_id").unique(),
    currency: char("currency", { length: 3 }).notNull().default("usd"),
    unitAmount: bigint("unit_amount", { mode: "number" }),
    interval: billingInterval("interval"),
    intervalCount: integer("interval_count").notNull().default(1),
    active: boolean("active").notNull().default(true),
    ...timestamps,
  },
  (t) => [index("prices_product_idx").on(t.productId)],
);

export const subscriptions = pgTable(
  "subscriptions",
  {
    id: id(),
    customerId: text("customer_id")
      .notNull()
      .references(() => customers.id, { onDelete: "cascade" }),
    priceId: text("price_id")
      .notNull()
      .references(() => prices.id),
    stripeSubscriptionId: stripeId("stripe_subscription_id").notNull(),
    status: subscriptionStatus("status").notNull(),
    quantity: integer("quantity").notNull().default(1),
    cancelAtPeriodEnd: boolean("cancel_at_period_end").notNull().default(false),
    currentPeriodStart: timestamp("current_period_start", { withTimezone: true }).notNull(),
    currentPeriodEnd: timestamp("current_period_end", { withTimezone: true }).notNull(),
    canceledAt: timestamp("canceled_at", { withTimezone: true }),
    metadata: jsonb("metadata").$type<Record<string, string>>(),
    ...timestamps,
  },
  (t) => [
    uniqueIndex("subscriptions_stripe_id_uidx").on(t.stripeSubscriptionId),
    index("subscriptions_customer_idx").on(t.customerId),
    index("subscriptions_live_idx")
      .on(t.customerId)
      .where(sql`${t.status} in ('trialing', 'active', 'past_due')`),
  ],
);

export const invoices = pgTable(
  "invoices",
  {
    id: id(),
    customerId: text("customer_id")
      .notNull()
      .references(() => customers.id),
    subscriptionId: text("subscription_id").references(() => subscriptions.id, { onDelete: "set null" }),
    stripeInvoiceId: stripeId("stripe_invoice_id").unique(),
    number: text("number"),
    status: invoiceStatus("status").notNull().default("draft"),
    currency: char("currency", { length: 3 }).notNull(),
    subtotal: numeric("subtotal", { precision: 12, scale: 2 }).notNull(),
    tax: numeric("tax", { precision: 12, scale: 2 }).notNull().default("0"),
    amountPaid: numeric("amount_paid", { precision: 12, scale: 2 }).notNull().default("0"),
    dueDate: timestamp("due_date", { withTimezone: true }),
    paidAt: timestamp("paid_at", { withTimezone: true }),
    hostedInvoiceUrl: text("hosted_invoice_url"),
    ...timestamps,
  },
  (t) => [index("invoices_customer_status_idx").on(t.customerId, t.status)],
);
