import { integer, pgTable, text } from "drizzle-orm/pg-core";

export const t = pgTable("t", { b: integer(), a: text() });
