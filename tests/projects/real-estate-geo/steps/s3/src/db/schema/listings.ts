import { sql } from "drizzle-orm";
import {
  check,
  geometry,
  index,
  integer,
  numeric,
  pgEnum,
  pgTable,
  real,
  smallint,
  text,
  timestamp,
  uuid,
  varchar,
} from "drizzle-orm/pg-core";
import { agencies } from "./agencies";

export const listingKind = pgEnum("listing_kind", ["sale", "rent"]);
export const propertyType = pgEnum("property_type", ["apartment", "house", "land", "commercial"]);

export const listings = pgTable(
  "listings",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    agencyId: uuid("agency_id").references(() => agencies.id, { onDelete: "set null" }),
    kind: listingKind("kind").notNull(),
    propertyType: propertyType("property_type").notNull(),
    title: varchar("title", { length: 160 }).notNull(),
    description: text("description"),
    price: numeric("price", { precision: 14, scale: 2 }).notNull(),
    areaSqm: numeric("area_sqm", { precision: 8, scale: 2 }),
    pricePerSqm: numeric("price_per_sqm", { precision: 14, scale: 2 }).generatedAlwaysAs(
      sql`round(price / nullif(area_sqm, 0), 2)`,
    ),
    rooms: smallint("rooms"),
    photos: text("photos").array().notNull().default(sql`'{}'`),
    location: geometry("location", { type: "point", mode: "xy", srid: 4326 }).notNull(),
    postalCode: varchar("postal_code", { length: 10 }),
    listedAt: timestamp("listed_at", { withTimezone: true }).notNull().defaultNow(),
    viewCount: integer("view_count").notNull().default(0),
  },
  (t) => [
    index("listings_location_gist").using("gist", t.location),
    index("listings_kind_price_idx").on(t.kind, t.price),
    index("listings_postal_idx").on(t.postalCode).where(sql`${t.postalCode} is not null`),
    check("listings_price_positive", sql`${t.price} > 0`),
  ],
);
