import { pgSchema, pgTable, pgEnum, serial, primaryKey } from "drizzle-orm/pg-core"
import { sql } from "drizzle-orm"

export const catalog = pgSchema("catalog");
export const other = pgSchema("Other");
export const status = pgEnum("status", ["pending", "active", "inactive", "banned", "deleted"])
export const statusInCatalog = catalog.enum("status", ["draft", "published"])
export const levelInOther = other.enum("Level", ["Low", "Mid", "High"])
export const oddValues = pgEnum("odd_values", ["", " leading", "comma,inside", "quote\"inside", "apos'inside", "ünï"])


export const entriesInCatalog = catalog.table("entries", {
	id: serial().primaryKey(),
	state: statusInCatalog().default("published").notNull(),
	publicState: status("public_state"),
});

export const accounts = pgTable("accounts", {
	id: serial().primaryKey(),
	status: status().default("pending").notNull(),
	catalogStatus: statusInCatalog("catalog_status").default("draft"),
	level: levelInOther(),
	levels: levelInOther().array().default(["Low"]),
	odd: oddValues().default("comma,inside"),
});
