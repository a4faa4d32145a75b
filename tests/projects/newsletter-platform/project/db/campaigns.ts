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
  preheader: text("preheader").default(""),
  status: varchar("status", { length: 16, enum: ["draft", "scheduled", "sent"] }).default("draft"),
  blocks: jsonb("blocks").$type<BlockList>().notNull().default([]),
  utm: jsonb("utm").default({ source: "newsletter", medium: "email", nested: { a: 1, b: [true, null] } }),
  abWeights: jsonb("ab_weights").default([50, 50]),
  headline: jsonb("headline").default("Hello, world"),
  metadata: jsonb("metadata").default(sql`'{}'::jsonb`),
  isTest: boolean("is_test").default(false),
  trackingPixel: uuid("tracking_pixel").default("00000000-0000-0000-0000-000000000000"),
  segments: varchar("segments", { length: 32 }).array().default(["all"]),
  grid: integer("grid").array().array().default([[1, 2], [3, 4]]),
  path: text("path").default("C:\\newsletters\\out"),
});
