import { sql } from "drizzle-orm";
import { check, date, index, integer, numeric, serial, text, uniqueIndex, varchar } from "drizzle-orm/pg-core";
import { collections, objectStatus } from "./base.schema";
import { settings } from "./settings";

export const artists = collections.table("artists", {
  id: serial().primaryKey(),
  name: text().notNull(),
  birthYear: integer("birth_year"),
  deathYear: integer("death_year"),
  nationality: varchar({ length: 60 }),
});

export const objects = collections.table(
  "objects",
  {
    id: serial().primaryKey(),
    accessionNumber: varchar("accession_number", { length: 32 }).notNull(),
    title: varchar({ length: settings.maxTitleLength }).notNull(),
    artistId: integer("artist_id").references(() => artists.id),
    status: objectStatus().notNull().default("in_storage"),
    acquiredOn: date("acquired_on"),
    yearFrom: integer("year_from"),
    yearTo: integer("year_to"),
    heightCm: numeric("height_cm", { precision: 7, scale: 2 }),
    widthCm: numeric("width_cm", { precision: 7, scale: 2 }),
    areaCm2: numeric("area_cm2").generatedAlwaysAs(sql`height_cm * width_cm`),
    insuranceValue: numeric("insurance_value", { precision: 14, scale: 2 }),
    currency: varchar({ length: 3 }).notNull().default(settings.defaultCurrency),
    provenance: text(),
  },
  (t) => [
    uniqueIndex("objects_accession_number_key").on(sql`upper(${t.accessionNumber})`),
    check("objects_years_check", sql`${t.yearFrom} is null or ${t.yearTo} is null or ${t.yearFrom} <= ${t.yearTo}`),
    index("objects_status_idx").on(t.status, t.acquiredOn),
    index("objects_artist_idx").on(t.artistId).where(sql`${t.status} = 'on_display'`),
    index("objects_title_idx").using("hash", t.title),
  ],
);
