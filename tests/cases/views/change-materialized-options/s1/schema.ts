import { integer, pgMaterializedView, pgTable } from "drizzle-orm/pg-core";

export const t = pgTable("t", { id: integer() });
export const a = pgMaterializedView("mv_a").with({ fillfactor: 50 }).as((qb) => qb.select().from(t));
export const b = pgMaterializedView("mv_b").as((qb) => qb.select().from(t));
export const c = pgMaterializedView("mv_c").tablespace("ts1").as((qb) => qb.select().from(t));
export const d = pgMaterializedView("mv_d").as((qb) => qb.select().from(t));
