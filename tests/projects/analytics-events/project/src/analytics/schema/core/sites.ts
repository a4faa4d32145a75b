import { boolean, integer, pgTable, text, timestamp, uniqueIndex, uuid, varchar } from "drizzle-orm/pg-core";

export const sites = pgTable(
  "sites",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    domain: varchar("domain", { length: 253 }).notNull(),
    name: text("name").notNull(),
    timezone: text("timezone").notNull().default("UTC"),
    public: boolean("public").notNull().default(false),
    retentionDays: integer("retention_days").notNull().default(395),
    createdAt: timestamp("created_at", { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("sites_domain_uidx").on(t.domain)],
);
