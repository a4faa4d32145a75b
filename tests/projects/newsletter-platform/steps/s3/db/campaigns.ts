import { sql } from "drizzle-orm";
import { boolean, char, integer, json, jsonb, pgTable, text, uuid, varchar } from "drizzle-orm/pg-core";
import { lists } from "./lists";
import type { BlockList } from "./types";

export const campaigns = pgTable("campaigns", {
  id: uuid("id").primaryKey().defaultRandom(),
  listId: uuid("list_id")
    .notNull()
    .references(() => lists.id, { onDelete: "cascade" }),
  subject: text("subject").notNull(),
  preheader: varchar("preheader", { length: 150 }).default("It's here: the \\ backslash edition"),
  status: text("status", { enum: ["draft", "scheduled", "sent", "failed"] }).default("draft"),
  blocks: json("blocks").$type<BlockList>().notNull().default([]),
  utm: jsonb("utm"),
  abWeights: jsonb("ab_weights").default([70, 30]),
  headline: jsonb("headline").default({ text: "line1\nline2", tab: "a\tb" }),
  metadata: jsonb("metadata"),
  isTest: boolean("is_test").default(true),
  trackingPixel: uuid("tracking_pixel").defaultRandom(),
  segments: text("segments").array().default(["all"]),
  grid: integer("grid").array().array(),
  path: text("path").default(sql`'C:\\newsletters'`),
  emoji: char("emoji", { length: 8 }).default("🎉"),
  locales: char("locales", { length: 2 }).array().default(["en", "nl"]),
  flags: boolean("flags").array().default([true, false]),
  ids: uuid("ids").array().default(["00000000-0000-0000-0000-000000000001"]),
  docs: jsonb("docs").array().default([{ a: 1 }]),
});
