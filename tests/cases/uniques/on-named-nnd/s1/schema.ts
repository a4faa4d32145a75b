import { integer, pgTable, text, unique } from "drizzle-orm/pg-core";

export const slugs = pgTable("slugs", {
  id: integer(),
  tenant: integer(),
  slug: text(),
}, (t) => [
  unique("slugs_tenant_slug_uq").on(t.tenant, t.slug).nullsNotDistinct(),
  unique().on(t.id, t.tenant).nullsNotDistinct(),
]);
