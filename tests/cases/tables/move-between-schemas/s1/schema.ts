import { integer, pgSchema } from "drizzle-orm/pg-core";

export const s1 = pgSchema("one");
export const s2 = pgSchema("two");
export const t = s1.table("things", { id: integer() });
