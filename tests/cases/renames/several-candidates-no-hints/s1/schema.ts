import { integer, pgTable, text } from "drizzle-orm/pg-core";

export const t = pgTable("t", { id: integer(), c1: text(), c2: text() });
