import { pgTable, uuid, customType, text, index, primaryKey, unique } from "drizzle-orm/pg-core"
import { sql } from "drizzle-orm"



export const profiles = pgTable("profiles", {
	id: uuid().default(sql`uuid_generate_v4()`).primaryKey(),
	handle: customType({ dataType: () => 'citext' })().notNull(),
	attrs: customType({ dataType: () => 'hstore' })().default("''"),
	bio: text(),
}, (table) => [
	index("profiles_bio_trgm_idx").using("gin", table.bio.asc().nullsLast().op("gin_trgm_ops")),
	unique("profiles_handle_key").on(table.handle),]);
