import { integer, pgMaterializedView, pgTable } from "drizzle-orm/pg-core";

export const t = pgTable("t", { id: integer() });
export const mv = pgMaterializedView("mv").using("heap").tablespace("ts1").with({ fillfactor: 40 }).as((qb) => qb.select().from(t));
