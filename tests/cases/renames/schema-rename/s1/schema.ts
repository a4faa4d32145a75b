import { integer, pgSchema } from "drizzle-orm/pg-core";

export const old = pgSchema("old_ns");
export const t = old.table("t", { id: integer().primaryKey() });
