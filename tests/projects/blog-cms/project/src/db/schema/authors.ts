import { pgTable, serial, text, varchar } from "drizzle-orm/pg-core";
import { timestamps } from "./_shared";

export const authors = pgTable("authors", {
  id: serial("id").primaryKey(),
  name: varchar("name", { length: 120 }).notNull(),
  slug: varchar("slug", { length: 120 }).notNull().unique(),
  bio: text("bio"),
  avatarUrl: text("avatar_url"),
  ...timestamps,
});
