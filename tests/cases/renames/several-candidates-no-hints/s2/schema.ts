import { integer, pgTable, text } from "drizzle-orm/pg-core";

export const t = pgTable("t", { id: integer(), n1: text(), n2: text() });
