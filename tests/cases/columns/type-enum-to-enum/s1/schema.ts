import { integer, pgEnum, pgTable } from "drizzle-orm/pg-core";

export const mood = pgEnum("mood", ["sad", "ok", "happy"]);
export const level = pgEnum("level", ["low", "high"]);
export const t = pgTable("users", {
  id: integer(),
  m: mood(),
});
