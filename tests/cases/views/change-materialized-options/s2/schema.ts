import { integer, pgMaterializedView, pgTable } from "drizzle-orm/pg-core";

export const t = pgTable("t", { id: integer() });
export const a = pgMaterializedView("mv_a").with({ fillfactor: 80, autovacuumEnabled: true }).as((qb) => qb.select().from(t));
export const b = pgMaterializedView("mv_b").using("heap").as((qb) => qb.select().from(t));
export const c = pgMaterializedView("mv_c").tablespace("ts2").as((qb) => qb.select().from(t));
export const d = pgMaterializedView("mv_d").withNoData().as((qb) => qb.select().from(t));
