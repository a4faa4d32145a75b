import { integer, pgSchema } from "drizzle-orm/pg-core";

export const s = pgSchema("s_new");
export const a = s.table("a", { id: integer() });
export const b = s.table("b", { id: integer() });
