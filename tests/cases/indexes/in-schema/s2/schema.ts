import { index, integer, pgSchema, text, uniqueIndex } from "drizzle-orm/pg-core";

export const app = pgSchema("app");

export const users = app.table("users", {
  id: integer(),
  email: text(),
  name: text(),
}, (t) => [
  uniqueIndex("users_email_key_idx").on(t.email),
  index().using("hash", t.id),
]);
