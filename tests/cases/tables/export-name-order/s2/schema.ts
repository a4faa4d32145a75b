import { integer, pgTable } from "drizzle-orm/pg-core";

export const b = pgTable("a_tbl", { id: integer() });
export const a = pgTable("z_tbl", { id: integer() });
export const c = pgTable("m_tbl", { id: integer() });
