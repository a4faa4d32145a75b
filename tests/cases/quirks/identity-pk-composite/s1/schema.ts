import { integer, pgTable, primaryKey, text } from "drizzle-orm/pg-core";

export const t = pgTable("t", {
  id: integer().generatedAlwaysAsIdentity(),
  tenant: text().notNull(),
}, (t) => [primaryKey({ columns: [t.tenant, t.id] })]);
