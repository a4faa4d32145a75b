import { integer, pgSchema } from "drizzle-orm/pg-core";

export const ns = pgSchema("new_ns");
export const t = ns.table("t", { id: integer().primaryKey() });
