import { pgEnum, pgTable } from "drizzle-orm/pg-core";

export const mood = pgEnum("mood", ["sad", "ok", "happy"]);
export const t = pgTable("t", {
  a: mood().default("ok"),
  b: mood().default("happy").notNull(),
  c: mood().array().default(["sad", "ok"]),
  d: mood().array().default([]),
});
