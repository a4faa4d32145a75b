import { integer, pgSchema } from "drizzle-orm/pg-core";

export const p = pgSchema("public");
export const t = p.table("t", { id: integer() });
