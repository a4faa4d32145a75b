import { sql } from "drizzle-orm";
import { char, check, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { citext, ltree } from "../types/pg";
import { spaces } from "./spaces";

export const pages = pgTable(
  "pages",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    spaceId: uuid("space_id")
      .notNull()
      .references(() => spaces.id, { onDelete: "cascade" }),
    path: ltree("path").notNull(),
    slug: citext("slug").notNull(),
    position: integer("position").notNull().default(0),
    metadata: jsonb("metadata").notNull().default(sql`jsonb_build_object('toc', true)`),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("pages_space_path_uidx").on(t.spaceId, t.path),
    index("pages_path_gist_idx").using("gist", t.path).with({ fillfactor: 90 }),
    check("pages_path_depth", sql`nlevel(${t.path}) <= 10`),
  ],
);

export const pageTranslations = pgTable(
  "page_translations",
  {
    pageId: uuid("page_id")
      .notNull()
      .references(() => pages.id, { onDelete: "cascade" }),
    locale: char("locale", { length: 5 }).notNull(),
    title: text("title").notNull(),
    body: text("body").notNull().default(""),
  },
  (t) => [primaryKey({ columns: [t.pageId, t.locale] })],
);
