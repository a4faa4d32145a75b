import { index } from "drizzle-orm/pg-core";

import { createTable } from "~/server/db/table";
import { users } from "./auth";
import { posts } from "./posts";

export const images = createTable(
  "image",
  (d) => ({
    id: d.integer().primaryKey().generatedByDefaultAsIdentity(),
    name: d.varchar({ length: 256 }).notNull(),
    url: d.varchar({ length: 1024 }).notNull(),
    userId: d
      .varchar({ length: 255 })
      .notNull()
      .references(() => users.id),
    createdAt: d.timestamp({ withTimezone: true }).defaultNow().notNull(),
    updatedAt: d.timestamp({ withTimezone: true }).$onUpdate(() => new Date()),
    postId: d.integer().references(() => posts.id, { onDelete: "set null" }),
  }),
  (t) => [index("image_name_idx").on(t.name), index("image_user_idx").on(t.userId)],
);
