import { geometry, index, integer, jsonb, numeric, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

export const savedSearches = pgTable(
  "saved_searches",
  {
  id: uuid("id").primaryKey().defaultRandom(),
  userEmail: text("user_email").notNull(),
  filters: jsonb("filters").$type<{ kind?: string; minRooms?: number }>().notNull(),
  maxPrice: numeric("max_price", { precision: 14, scale: 2 }),
  radiusMeters: integer("radius_meters").default(5000),
  center: geometry("center", { type: "point", mode: "tuple", srid: 4326 }),
  lastNotifiedAt: timestamp("last_notified_at", { withTimezone: true }),
  },
  (t) => [index("saved_searches_center_gist").using("gist", t.center)],
);
