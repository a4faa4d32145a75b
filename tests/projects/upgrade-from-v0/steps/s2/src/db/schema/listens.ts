import { relations } from "drizzle-orm/_relations";
import { integer, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";
import { episodes } from "./episodes";

export const listens = pgTable(
  "listens",
  {
    userId: text("user_id").notNull(),
    episodeId: integer("episode_id")
      .notNull()
      .references(() => episodes.id, { onDelete: "cascade" }),
    positionSeconds: integer("position_seconds").notNull().default(0),
    updatedAt: timestamp("updated_at").notNull().defaultNow(),
  },
  (table) => ({
    pk: primaryKey({ columns: [table.userId, table.episodeId] }),
  }),
);

export const listensRelations = relations(listens, ({ one }) => ({
  episode: one(episodes, { fields: [listens.episodeId], references: [episodes.id] }),
}));
