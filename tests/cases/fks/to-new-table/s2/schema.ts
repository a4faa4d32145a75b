import { integer, pgTable, text } from "drizzle-orm/pg-core";

export const customers = pgTable("customers", {
  id: integer().primaryKey(),
  name: text(),
});

export const orders = pgTable("orders", {
  id: integer().primaryKey(),
  customerId: integer("customer_id").references(() => customers.id),
});
