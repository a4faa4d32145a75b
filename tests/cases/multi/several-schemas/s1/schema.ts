import { integer, pgSchema, pgTable, text } from "drizzle-orm/pg-core";

export const sales = pgSchema("sales");
export const hr = pgSchema("hr");
export const ops = pgSchema("ops");

export const region = sales.enum("region", ["north", "south"]);
export const invoiceSeq = sales.sequence("invoice_seq", { startWith: 1000, increment: 1 });

export const customers = sales.table("customers", { id: integer().primaryKey(), region: region() });
export const employees = hr.table("employees", { id: integer().primaryKey(), name: text() });
export const tasks = ops.table("tasks", { id: integer().primaryKey(), assignee: integer().references(() => employees.id) });
export const settings = pgTable("settings", { key: text().primaryKey(), value: text() });
