import { sql } from "drizzle-orm";
import { bigint, index, pgTable, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { subscriptions } from "../billing/schema";

export const usageRecords = pgTable(
  "usage_records",
  {
    id: bigint("id", { mode: "bigint" }).primaryKey().generatedAlwaysAsIdentity(),
    subscriptionId: text("subscription_id")
      .notNull()
      .references(() => subscriptions.id, { onDelete: "cascade" }),
    meter: text("meter").notNull(),
    quantity: bigint("quantity", { mode: "number" }).notNull(),
    idempotencyKey: text("idempotency_key").notNull(),
    recordedAt: timestamp("recorded_at", { withTimezone: true }).defaultNow().notNull(),
    reportedToStripeAt: timestamp("reported_to_stripe_at", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("usage_records_idempotency_uidx").on(t.idempotencyKey),
    index("usage_records_sub_meter_time_idx").on(t.subscriptionId, t.meter, t.recordedAt),
    index("usage_records_unreported_idx").on(t.recordedAt).where(sql`reported_to_stripe_at is null`),
  ],
);
