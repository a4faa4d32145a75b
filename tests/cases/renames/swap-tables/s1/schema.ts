import { integer, pgTable, text } from "drizzle-orm/pg-core";

export const x = pgTable("x", { id: integer() });
export const y = pgTable("y", { name: text() });
