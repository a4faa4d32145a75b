import { sql } from "drizzle-orm";
import { boolean, char, json, jsonb, pgTable, text, uuid, varchar } from "drizzle-orm/pg-core";
import type { Theme } from "./types";

export const lists = pgTable("lists", {
  id: uuid("id").primaryKey().defaultRandom(),
  slug: varchar("slug", { length: 64 }).notNull().unique(),
  name: text("name").notNull(),
  visibility: text("visibility", { enum: ["public", "unlisted", "private"] }).notNull().default("public"),
  language: char("language", { length: 2 }).notNull().default("en"),
  country: char("country"),
  senderName: varchar("sender_name").default("The \"Weekly\" Team"),
  footer: text("footer").default("Don't reply — unsubscribe at {{url}}"),
  replyTo: varchar("reply_to", { length: 255, enum: ["noreply@example.com", "hello@example.com"] }),
  doubleOptIn: boolean("double_opt_in").notNull().default(true),
  theme: jsonb("theme").$type<Theme>().default({ primary: "#ff6600", dark: false, fonts: ["Inter", "Georgia"] }),
  settings: json("settings").default({}),
  tags: text("tags").array().notNull().default([]),
  legacyId: uuid("legacy_id").default(sql`gen_random_uuid()`),
});
