import { integer, pgSchema, pgTable } from "drizzle-orm/pg-core";

export const legacy = pgSchema("legacy");
export const mood = legacy.enum("mood", ["x", "y"]);
export const a = legacy.table("a", { id: integer().primaryKey(), m: mood() });
export const b = legacy.table("b", { id: integer(), aId: integer("a_id").references(() => a.id) });
export const v = legacy.view("v").as((qb) => qb.select().from(a));
export const keep = pgTable("keep", { id: integer() });
