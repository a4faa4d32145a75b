import { integer, pgTable, text } from "drizzle-orm/pg-core";

export const t1 = pgTable("UserAccounts", { id: integer() });
export const t2 = pgTable("user accounts", { id: integer() });
export const t3 = pgTable('my"table', { id: integer() });
export const t4 = pgTable("order", { id: integer() });
export const t5 = pgTable("user", { id: integer() });
export const t6 = pgTable("select", { from: text(), where: text() });
