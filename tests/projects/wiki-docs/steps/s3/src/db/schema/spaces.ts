import { boolean, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { citext } from "../types/pg";

export const spaces = pgTable("spaces", {
  id: uuid("id").primaryKey().defaultRandom(),
  key: citext("key").notNull().unique(),
  name: text("name").notNull(),
  isPublic: boolean("is_public").notNull().default(false),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

export const spaceMembers = pgTable(
  "space_members",
  {
    spaceId: uuid("space_id")
      .notNull()
      .references(() => spaces.id, { onDelete: "cascade" }),
    email: citext("email").notNull(),
    canEdit: boolean("can_edit").notNull().default(false),
  },
  (t) => [primaryKey({ columns: [t.spaceId, t.email] })],
);
