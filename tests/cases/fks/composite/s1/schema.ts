import { foreignKey, integer, pgTable, primaryKey, text } from "drizzle-orm/pg-core";

export const regions = pgTable("regions", {
  country: text().notNull(),
  code: integer().notNull(),
  name: text(),
}, (t) => [primaryKey({ columns: [t.country, t.code] })]);

export const stores = pgTable("stores", {
  id: integer().primaryKey(),
  country: text(),
  regionCode: integer("region_code"),
  altCountry: text("alt_country"),
  altCode: integer("alt_code"),
}, (t) => [
  foreignKey({ columns: [t.country, t.regionCode], foreignColumns: [regions.country, regions.code] }),
  foreignKey({ name: "stores_alt_region_fk", columns: [t.altCountry, t.altCode], foreignColumns: [regions.country, regions.code] }).onDelete("cascade"),
]);
