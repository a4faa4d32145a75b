import { gt } from "drizzle-orm";
import { integer, pgTable, pgView } from "drizzle-orm/pg-core";

export const base = pgTable("base", { id: integer(), n: integer() });
export const zBase = pgView("z_base").as((qb) => qb.select().from(base).where(gt(base.n, 0)));
export const aTop = pgView("a_top").as((qb) => qb.select().from(zBase));
