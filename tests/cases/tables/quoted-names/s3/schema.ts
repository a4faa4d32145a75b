import { integer, pgTable, text } from "drizzle-orm/pg-core";

export const t1 = pgTable("UserAccounts", { id: integer() });
export const t4 = pgTable("order", { id: integer(), user: text() });
export const t6 = pgTable("select", { from: text() });
