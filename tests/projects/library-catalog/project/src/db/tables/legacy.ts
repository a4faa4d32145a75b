import { integer, pgTable, text } from "drizzle-orm/pg-core";

// Rows imported from the old ILS; kept for lookups only, not part of the migrated schema.
export const legacyPatrons = pgTable("legacy_patrons", {
  oldId: integer("old_id").primaryKey(),
  rawRecord: text("raw_record").notNull(),
});

export const LEGACY_SOURCE = "koha-2019";
