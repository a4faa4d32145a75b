import { pgEnum } from "drizzle-orm/pg-core";

export const SUBSCRIPTION_STATUSES = [
  "incomplete",
  "incomplete_expired",
  "trialing",
  "active",
  "past_due",
  "canceled",
  "unpaid",
  "paused",
] as const;

export const subscriptionStatus = pgEnum("subscription_status", SUBSCRIPTION_STATUSES);
export const billingInterval = pgEnum("billing_interval", ["day", "week", "month", "year"]);
export const invoiceStatus = pgEnum("invoice_status", ["draft", "open", "paid", "uncollectible", "void"]);
