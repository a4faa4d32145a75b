import { index, integer, pgTable, uniqueIndex } from "drizzle-orm/pg-core";

export const t = pgTable("t", { a: integer() }, (t) => [index().on(t.a), uniqueIndex().on(t.a)]);
