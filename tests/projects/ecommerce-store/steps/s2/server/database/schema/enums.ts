import { pgEnum } from "drizzle-orm/pg-core";

export const productStatus = pgEnum("product_status", ["draft", "active", "archived"]);

export const orderStatus = pgEnum("order_status", [
  "pending",
  "paid",
  "partially_fulfilled",
  "fulfilled",
  "cancelled",
  "refunded",
]);

export const paymentStatus = pgEnum("payment_status", [
  "requires_action",
  "authorized",
  "captured",
  "failed",
  "refunded",
]);

export const paymentProvider = pgEnum("payment_provider", ["stripe", "paypal", "manual", "klarna"]);

export const discountKind = pgEnum("discount_kind", ["percentage", "fixed_amount", "free_shipping"]);
