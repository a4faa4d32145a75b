import { integer, pgMaterializedView, pgTable } from "drizzle-orm/pg-core";

export const t = pgTable("t", { id: integer() });
export const mv = pgMaterializedView("mv").as((qb) => qb.select().from(t));
