import { integer, pgTable, text } from "drizzle-orm/pg-core";

export const t = pgTable("users", {
  userId: integer("user_id"),
  Nick: text("nick_name"),
});
