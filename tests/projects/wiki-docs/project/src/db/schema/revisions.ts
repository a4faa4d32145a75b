import { bigint, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { citext } from "../types/pg";
import { pages } from "./pages";

export const revisions = pgTable("revisions", {
  id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
  pageId: uuid("page_id")
    .notNull()
    .references(() => pages.id, { onDelete: "cascade" }),
  version: integer("version").notNull(),
  authorEmail: citext("author_email"),
  body: text("body").notNull(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});
