import { pgEnum, pgTable, text } from "drizzle-orm/pg-core";

export const mood = pgEnum("mood", ["sad", "ok", "happy"]);
export const t = pgTable("users", {
  m: text().array(),
});
