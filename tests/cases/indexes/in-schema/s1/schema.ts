import { sql } from "drizzle-orm";
import { index, integer, pgSchema, text, uniqueIndex } from "drizzle-orm/pg-core";

export const app = pgSchema("app");

export const users = app.table("users", {
  id: integer(),
  email: text(),
  name: text(),
}, (t) => [
  uniqueIndex().on(t.email),
  index("users_name_lower").on(sql`lower(${t.name})`),
]);
