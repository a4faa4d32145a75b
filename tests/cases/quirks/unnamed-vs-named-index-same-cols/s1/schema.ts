import { index, integer, pgTable } from "drizzle-orm/pg-core";

export const t = pgTable("t", { a: integer() }, (t) => [index().on(t.a)]);
