import { integer, pgMaterializedView, pgTable, pgView } from "drizzle-orm/pg-core";

export const t = pgTable("t", { id: integer() });
export const v = pgView("v").with({ securityInvoker: true, securityBarrier: true, checkOption: "cascaded" }).as((qb) => qb.select().from(t));
export const mv = pgMaterializedView("mv").with({ vacuumTruncate: false, autovacuumFreezeMaxAge: 1000000, fillfactor: 100, toastTupleTarget: 256, logAutovacuumMinDuration: 10 }).as((qb) => qb.select().from(t));
