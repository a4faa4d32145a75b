import { bigint, bytea, integer, pgTable, text, timestamp, uuid, varchar } from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";
import { check, unique } from "drizzle-orm/pg-core";
import { citext } from "../types/pg";
import { pages } from "./pages";

export const revisions = pgTable(
  "revisions",
  {
  id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
  pageId: uuid("page_id")
    .notNull()
    .references(() => pages.id, { onDelete: "cascade" }),
  version: integer("version").notNull(),
  authorEmail: citext("author_email"),
  body: text("body"),
  compressed: bytea("compressed"),
  summary: varchar("summary", { length: 200 }),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique("revisions_page_version_key").on(t.pageId, t.version),
    check("revisions_has_content", sql`${t.body} is not null or ${t.compressed} is not null`),
  ],
);
