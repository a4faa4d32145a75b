import { integer, pgTable, text } from "drizzle-orm/pg-core";

export const b = pgTable("a_tbl", { id: integer(), x: text() });
export const a = pgTable("z_tbl", { id: integer(), x: text() });
export const c = pgTable("m_tbl", { id: integer(), x: text() });
