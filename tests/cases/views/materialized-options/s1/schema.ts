import { integer, pgMaterializedView, pgTable } from "drizzle-orm/pg-core";

export const t = pgTable("t", { id: integer() });

export const mvWith = pgMaterializedView("mv_with").with({ fillfactor: 70, autovacuumEnabled: false, vacuumIndexCleanup: "off", autovacuumVacuumScaleFactor: 0.2, userCatalogTable: true }).as((qb) => qb.select().from(t));
export const mvUsing = pgMaterializedView("mv_using").using("heap").as((qb) => qb.select().from(t));
export const mvTs = pgMaterializedView("mv_ts").tablespace("pg_default").as((qb) => qb.select().from(t));
export const mvNoData = pgMaterializedView("mv_nodata").withNoData().as((qb) => qb.select().from(t));
export const mvAll = pgMaterializedView("mv_all").using("heap").with({ parallelWorkers: 2 }).tablespace("fast").withNoData().as((qb) => qb.select().from(t));
