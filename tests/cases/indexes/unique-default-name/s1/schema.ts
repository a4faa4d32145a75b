import { integer, pgTable, text, uniqueIndex } from "drizzle-orm/pg-core";

export const members = pgTable("members", {
  id: integer(),
  orgId: integer("org_id"),
  slug: text(),
}, (t) => [
  uniqueIndex().on(t.slug),
  uniqueIndex().on(t.orgId, t.slug),
]);
