import { pgTable, serial, text, integer, customType, varchar, jsonb, timestamp, point, index, uniqueIndex, primaryKey } from "drizzle-orm/pg-core"
import { sql } from "drizzle-orm"



export const bookings = pgTable("bookings", {
	id: serial().primaryKey(),
	room: integer().notNull(),
	during: customType({ dataType: () => 'tsrange' })().notNull(),
}, (table) => [
	index("bookings_no_overlap").using("gist", table.room.asc().nullsLast(), table.during.asc().nullsLast()),
]);

export const docs = pgTable("docs", {
	id: serial().primaryKey(),
	title: text().notNull(),
	slug: varchar({ length: 200 }).notNull(),
	body: text(),
	tags: text().array(),
	data: jsonb(),
	score: integer(),
	createdAt: timestamp("created_at", { withTimezone: true }).default(sql`now()`).notNull(),
	authorId: integer("author_id"),
	location: point(),
	during: customType({ dataType: () => 'tsrange' })(),
}, (table) => [
	index("Docs Quoted Index").using("btree", table.title.asc().nullsLast()),
	index("docs_brin_idx").using("brin", table.createdAt.asc().nullsLast()).with({ "pages_per_range": 32 }),
	index("docs_desc_idx").using("btree", table.createdAt.desc().nullsFirst()),
	index("docs_expr_with_comma_idx").using("btree", sql`COALESCE(body, 'a,b'::text)`, sql`(data ->> 'k'::text)`),
	index("docs_gin_idx").using("gin", table.tags.asc().nullsLast()),
	index("docs_gin_jsonb_idx").using("gin", table.data.asc().nullsLast().op("jsonb_path_ops")),
	index("docs_gist_idx").using("gist", table.location.asc().nullsLast()),
	index("docs_hash_idx").using("hash", table.slug.asc().nullsLast()),
	index("docs_include_idx").using("btree", table.authorId.asc().nullsLast()),
	index("docs_lower_title_idx").using("btree", sql`lower(title)`),
	index("docs_multi_expr_idx").using("btree", sql`lower(title)`, sql`(score + 1)`, table.authorId.asc().nullsLast()),
	uniqueIndex("docs_nnd_idx").using("btree", table.title.asc().nullsLast(), table.authorId.asc().nullsLast()),
	index("docs_nulls_idx").using("btree", table.score.asc().nullsFirst(), table.createdAt.desc().nullsLast()),
	index("docs_opclass_desc_idx").using("btree", table.title.desc().nullsFirst().op("text_pattern_ops")),
	index("docs_opclass_idx").using("btree", table.slug.asc().nullsLast().op("varchar_pattern_ops")),
	index("docs_partial_idx").using("btree", table.authorId.asc().nullsLast()).where(sql`((body IS NOT NULL) AND (score > 10))`),
	uniqueIndex("docs_slug_uidx").using("btree", table.slug.asc().nullsLast()),
	index("docs_title_idx").using("btree", table.title.asc().nullsLast()),
	uniqueIndex("docs_unique_partial_idx").using("btree", table.authorId.asc().nullsLast(), table.slug.asc().nullsLast()).where(sql`(author_id IS NOT NULL)`),
	index("docs_with_idx").using("btree", table.score.asc().nullsLast()).with({ "fillfactor": 70 }),
]);
