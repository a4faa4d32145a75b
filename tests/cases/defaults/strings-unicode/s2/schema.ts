import { pgTable, text } from "drizzle-orm/pg-core";

export const t = pgTable("t", {
  a: text().default("héllo wörld"),
  b: text().default("日本語"),
  c: text().default("🚀 launch"),
  d: text().default("100% {braces} [brackets]"),
  e: text().default("semi;colon -- dash"),
});
