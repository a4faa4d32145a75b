import { integer, pgTable, pgView } from "drizzle-orm/pg-core";

export const keep = pgTable("keep", { id: integer() });
export const t = pgTable("t", { id: integer() });
export const v = pgView("v").as((qb) => qb.select().from(t));
