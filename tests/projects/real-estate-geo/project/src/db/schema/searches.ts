import { integer, jsonb, numeric, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

export const savedSearches = pgTable("saved_searches", {
  id: uuid("id").primaryKey().defaultRandom(),
  userEmail: text("user_email").notNull(),
  filters: jsonb("filters").$type<{ kind?: string; minRooms?: number }>().notNull(),
  maxPrice: numeric("max_price", { precision: 14, scale: 2 }),
  radiusMeters: integer("radius_meters").default(2000),
  lastNotifiedAt: timestamp("last_notified_at", { withTimezone: true }),
});
