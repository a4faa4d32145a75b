import { sql } from "drizzle-orm";
import { boolean, integer, jsonb, pgTable, text, uuid, varchar } from "drizzle-orm/pg-core";
import { lists } from "./lists";
import type { BlockList } from "./types";

export const campaigns = pgTable("campaigns", {
  id: uuid("id").primaryKey().defaultRandom(),
  listId: uuid("list_id")
    .notNull()
    .references(() => lists.id, { onDelete: "cascade" }),
  subject: varchar("subject", { length: 200 }).notNull(),
  preheader: text("preheader").default("It's here: the \\ backslash edition"),
  status: varchar("status", { length: 16, enum: ["draft", "scheduled", "sent"] }).default("scheduled"),
  blocks: jsonb("blocks").$type<BlockList>().notNull().default([{ type: "text", value: "Hi {{name}}, it's \"us\"" }]),
  utm: jsonb("utm").default({ source: "newsletter", medium: "email", nested: { a: 2, b: [true, null] } }),
  abWeights: jsonb("ab_weights").default([70, 30]),
  headline: jsonb("headline").default("Hello, O'Brien"),
  metadata: jsonb("metadata").default(sql`'{"v": 2}'::jsonb`),
  isTest: boolean("is_test").default(true),
  trackingPixel: uuid("tracking_pixel").defaultRandom(),
  segments: varchar("segments", { length: 32 }).array().default(["all", "vip's", "a,b", "with \"quote\""]),
  grid: integer("grid").array().array().default([[1, 2], [3, 5]]),
  path: text("path").default("C:\\newsletters\\archive"),
  emoji: text("emoji").default("🎉 naïve café"),
});
