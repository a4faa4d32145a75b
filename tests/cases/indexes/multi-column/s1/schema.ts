import { index, integer, pgTable, text, timestamp } from "drizzle-orm/pg-core";

export const events = pgTable("events", {
  id: integer(),
  tenant: integer().notNull(),
  kind: text().notNull(),
  at: timestamp().notNull(),
}, (t) => [
  index().on(t.tenant, t.kind, t.at),
  index("events_kind_at").on(t.kind, t.at),
]);
