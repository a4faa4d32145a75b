import { integer, pgSchema } from "drizzle-orm/pg-core";

export const s = pgSchema("inv");
export const t = s.table("items", { id: integer(), qty: integer().notNull().default(0) });
