import { integer, pgSchema, pgTable } from "drizzle-orm/pg-core";

export const arch = pgSchema("archive");
export const t = pgTable("t", { id: integer() });
export const mv = arch.materializedView("mv").as((qb) => qb.select().from(t));
