import { index, integer, pgTable, text } from "drizzle-orm/pg-core";

export const users = pgTable("users", {
  id: integer(),
  nick: text(),
}, (t) => [index("users_nick").on(t.nick)]);
