import { pgTable, text, timestamp, varchar } from "drizzle-orm/pg-core"
import { users } from "./auth"

export const profiles = pgTable("profile", {
  userId: text("userId")
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  bio: varchar("bio", { length: 500 }),
  pronouns: varchar("pronouns", { length: 32 }),
  website: text("website"),
  location: text("location"),
  updatedAt: timestamp("updatedAt", { mode: "date" }).defaultNow().notNull(),
})
