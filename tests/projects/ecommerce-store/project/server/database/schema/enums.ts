import { pgEnum } from "drizzle-orm/pg-core";

export const productStatus = pgEnum("product_status", ["draft", "active", "archived"]);

export const orderStatus = pgEnum("order_status", [
  "pending",
  "paid",
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

export const paymentProvider = pgEnum("payment_provider", ["stripe", "paypal", "manual"]);
