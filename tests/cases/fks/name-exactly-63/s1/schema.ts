import { integer, pgTable } from "drizzle-orm/pg-core";

export const target = pgTable("tgt", { id: integer().primaryKey() });

// default name "table_a..._col_a..._tgt_id_fkey" is exactly 63 characters
export const a = pgTable("table_aaaaaaaaaaaaaaaaaaa", {
  col: integer("col_aaaaaaaaaaaaaaaaaaaaa").references(() => target.id),
});
// default name is 64 characters: hashed
export const b = pgTable("table_bbbbbbbbbbbbbbbbbbb", {
  col: integer("col_bbbbbbbbbbbbbbbbbbbbbb").references(() => target.id),
});
