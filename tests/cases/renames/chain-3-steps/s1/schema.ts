import { integer, pgTable } from "drizzle-orm/pg-core";

export const t = pgTable("t1", { id: integer(), a: integer() });
