import { integer, pgTable, text, unique } from "drizzle-orm/pg-core";

export const slugs = pgTable("slugs", {
  id: integer(),
  tenant: integer().notNull(),
  slug: text().notNull(),
}, (t) => [unique().on(t.tenant, t.slug)]);
