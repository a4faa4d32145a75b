import { gt } from "drizzle-orm";
import { integer, pgTable, pgView } from "drizzle-orm/pg-core";

export const t = pgTable("t", { id: integer(), n: integer() });
export const v = pgView("v").as((qb) => qb.select().from(t).where(gt(t.n, 0)));
