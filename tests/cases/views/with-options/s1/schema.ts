import { sql } from "drizzle-orm";
import { integer, pgTable, pgView } from "drizzle-orm/pg-core";

export const t = pgTable("t", { id: integer() });

export const v1 = pgView("v_check_local", { id: integer() }).with({ checkOption: "local" }).as(sql`select id from t`);
export const v2 = pgView("v_check_cascaded", { id: integer() }).with({ checkOption: "cascaded", securityBarrier: true }).as(sql`select id from t`);
export const v3 = pgView("v_invoker", { id: integer() }).with({ securityInvoker: true }).as(sql`select id from t`);
export const v4 = pgView("v_all").with({ checkOption: "local", securityBarrier: false, securityInvoker: true }).as((qb) => qb.select().from(t));
