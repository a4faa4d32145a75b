import { integer, pgTable, text } from "drizzle-orm/pg-core";

export const x = pgTable("y", { id: integer() });
export const y = pgTable("x", { name: text() });
