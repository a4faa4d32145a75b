import { integer, pgTable, text, unique } from "drizzle-orm/pg-core";

export const users = pgTable("users", {
  id: integer(),
  email: text().unique(),
  org: integer(),
  handle: text(),
}, (t) => [unique("users_org_handle").on(t.org, t.handle).nullsNotDistinct()]);
