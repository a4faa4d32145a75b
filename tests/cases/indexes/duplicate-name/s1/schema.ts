import { index, integer, pgTable } from "drizzle-orm/pg-core";

export const a = pgTable("a", { x: integer() }, (t) => [index("dup_idx").on(t.x)]);
export const b = pgTable("b", { x: integer() }, (t) => [index("dup_idx").on(t.x)]);
