import { integer, pgSchema, text } from "drizzle-orm/pg-core";

export const s = pgSchema("inv");
export const t = s.table("items", { id: integer(), old: text() });
