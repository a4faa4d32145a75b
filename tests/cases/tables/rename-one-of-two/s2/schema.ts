import { integer, pgTable } from "drizzle-orm/pg-core";

export const x = pgTable("new_one", { id: integer() });
export const y = pgTable("new_two", { id: integer() });
