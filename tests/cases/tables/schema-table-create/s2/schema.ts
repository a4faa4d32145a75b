import { numeric, pgSchema, pgTable, serial } from "drizzle-orm/pg-core";

export const billing = pgSchema("billing");
export const invoices = billing.table("invoices", { id: serial().primaryKey(), total: numeric({ precision: 12, scale: 2 }).notNull() });
export const customers = pgTable("customers", { id: serial().primaryKey() });
