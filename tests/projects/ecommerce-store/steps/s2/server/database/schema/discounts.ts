import { sql } from "drizzle-orm";
import { check, integer, numeric, pgTable, serial, timestamp, uuid, varchar } from "drizzle-orm/pg-core";
import { discountKind } from "./enums";
import { orders } from "./orders";

export const discountCodes = pgTable(
  "discount_codes",
  {
    id: serial("id").primaryKey(),
    code: varchar("code", { length: 40 }).notNull().unique(),
    kind: discountKind("kind").notNull(),
    value: numeric("value", { precision: 10, scale: 2 }),
    usageLimit: integer("usage_limit"),
    timesUsed: integer("times_used").notNull().default(0),
    startsAt: timestamp("starts_at", { withTimezone: true }).notNull().defaultNow(),
    endsAt: timestamp("ends_at", { withTimezone: true }),
  },
  (t) => [
    check("discount_codes_value_required", sql`${t.kind} = 'free_shipping' or ${t.value} is not null`),
    check("discount_codes_usage", sql`${t.usageLimit} is null or ${t.timesUsed} <= ${t.usageLimit}`),
  ],
);

export const orderDiscounts = pgTable("order_discounts", {
  orderId: uuid("order_id")
    .notNull()
    .references(() => orders.id, { onDelete: "cascade" }),
  discountCodeId: integer("discount_code_id")
    .notNull()
    .references(() => discountCodes.id),
  amount: numeric("amount", { precision: 12, scale: 2 }).notNull(),
});
