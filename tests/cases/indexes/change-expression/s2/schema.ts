import { sql } from "drizzle-orm";
import { index, integer, pgTable, text } from "drizzle-orm/pg-core";

export const users = pgTable("users", {
  id: integer(),
  email: text(),
}, (t) => [index("users_email_ci").on(sql`upper(${t.email})`)]);
