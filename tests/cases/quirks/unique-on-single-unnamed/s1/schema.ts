import { integer, pgTable, text, unique } from "drizzle-orm/pg-core";

export const t = pgTable("t", { id: integer(), code: text() }, (t) => [unique().on(t.code)]);
export const u = pgTable("u", { id: integer(), code: text() });
