import { geometry, index, pgTable, text, uuid, varchar } from "drizzle-orm/pg-core";

export const agencies = pgTable(
  "agencies",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    name: text("name").notNull(),
    phone: varchar("phone", { length: 32 }),
    office: geometry("office", { type: "point", srid: 4326 }),
    serviceArea: geometry("service_area", { type: "multipolygon", srid: 4326 }),
  },
  (t) => [index("agencies_service_area_gist").using("gist", t.serviceArea)],
);
