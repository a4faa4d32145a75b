import { sql } from "drizzle-orm";
import { bigint, integer, numeric, pgSchema, text, timestamp } from "drizzle-orm/pg-core";
import { items, movementKind } from "./inventory";

export const ledger = pgSchema("ledger");

export const movementNumber = ledger.sequence("movement_number_seq", { startWith: 1, maxValue: 99999999, cycle: true });

export const movements = ledger.table("movements", {
  id: bigint("id", { mode: "number" }).primaryKey().generatedByDefaultAsIdentity({ startWith: 1, increment: 1, minValue: 1, cache: 1000 }),
  number: integer("number").notNull().default(sql`nextval('ledger.movement_number_seq')`),
  kind: movementKind("kind").notNull(),
  itemId: bigint("item_id", { mode: "number" }).notNull().references(() => items.id),
  quantity: numeric("quantity", { precision: 14, scale: 3 }).notNull(),
  reason: text("reason"),
  at: timestamp("at", { withTimezone: true, precision: 3 }).notNull().defaultNow(),
});
