import { integer, pgTable, point, text, varchar } from "drizzle-orm/pg-core";

export const sites = pgTable("sites", {
  id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
  slug: varchar("slug", { length: 50 }).notNull().unique(),
  name: text("name").notNull(),
  location: point("location", { mode: "xy" }),
  address: text("address"),
});

export const racks = pgTable("racks", {
  id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
  siteId: integer("site_id")
    .notNull()
    .references(() => sites.id, { onDelete: "cascade" }),
  name: varchar("name", { length: 50 }).notNull(),
  units: integer("units").notNull().default(42),
});
