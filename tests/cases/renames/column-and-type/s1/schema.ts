import { integer, pgTable, varchar } from "drizzle-orm/pg-core";

export const items = pgTable("items", { id: integer(), qty: integer() , label: varchar({ length: 20 }) });
