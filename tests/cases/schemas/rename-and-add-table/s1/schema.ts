import { integer, pgSchema } from "drizzle-orm/pg-core";

export const s = pgSchema("s_old");
export const a = s.table("a", { id: integer() });
