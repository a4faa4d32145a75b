import { sql } from "drizzle-orm";
import { boolean, char, json, jsonb, pgTable, text, uuid, varchar } from "drizzle-orm/pg-core";
import type { Theme } from "./types";

export const lists = pgTable("lists", {
  id: uuid("id").primaryKey().defaultRandom(),
  slug: varchar("slug", { length: 100 }).notNull().unique(),
  name: text("name").notNull(),
  visibility: text("visibility", { enum: ["public", "unlisted", "private", "archived"] }).notNull().default("unlisted"),
  language: char("language", { length: 5 }).notNull().default("en-US"),
  country: char("country", { length: 2 }),
  senderName: varchar("sender_name", { length: 120 }).default("O'Reilly \"Weekly\""),
  footer: text("footer").default("Ünsubscribe → {{url}} ✉️"),
  replyTo: varchar("reply_to", { length: 255, enum: ["noreply@example.com", "hello@example.com"] }).default("noreply@example.com"),
  doubleOptIn: boolean("double_opt_in").notNull().default(false),
  theme: jsonb("theme").$type<Theme>().default({ primary: "#ff6600", dark: true, fonts: ["Inter"] }),
  settings: jsonb("settings").default({ digest: "weekly", quiet: [22, 7] }),
  tags: text("tags").array().notNull().default(["news", "weekly"]),
  legacyId: uuid("legacy_id"),
});
