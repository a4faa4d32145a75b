import { index, integer, pgSchema, pgTable } from "drizzle-orm/pg-core";

export const other = pgSchema("other");

export const items = pgTable("items", { code: integer() }, (t) => [index().on(t.code)]);
export const otherItems = other.table("items", { code: integer() }, (t) => [index().on(t.code)]);
