import { integer, pgSchema } from "drizzle-orm/pg-core";

export const s = pgSchema("ext").existing();
export const t = s.table("t", { id: integer() });
