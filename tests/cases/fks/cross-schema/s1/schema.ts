import { integer, pgSchema, pgTable } from "drizzle-orm/pg-core";

export const billing = pgSchema("billing");

export const users = pgTable("users", {
  id: integer().primaryKey(),
});

export const invoices = billing.table("invoices", {
  id: integer().primaryKey(),
  userId: integer("user_id").references(() => users.id, { onDelete: "restrict" }),
});

export const payments = pgTable("payments", {
  id: integer().primaryKey(),
  invoiceId: integer("invoice_id").references(() => invoices.id),
});
