import { sql } from "drizzle-orm";
import { integer, pgTable, pgView, text } from "drizzle-orm/pg-core";

export const zeta = pgTable("zeta", { id: integer(), name: text() });
export const bView = pgView("b_view", { id: integer() }).as(sql`select id from a_view`);
export const aView = pgView("a_view").as((qb) => qb.select().from(zeta));
