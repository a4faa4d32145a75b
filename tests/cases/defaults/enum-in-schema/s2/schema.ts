import { pgSchema, pgTable } from "drizzle-orm/pg-core";

export const s = pgSchema("app");
export const mood = s.enum("mood", ["sad", "ok", "happy"]);
export const t = pgTable("t", {
  a: mood().default("ok"),
  b: mood().array().default(["ok"]),
});
