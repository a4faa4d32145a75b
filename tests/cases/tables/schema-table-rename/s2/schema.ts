import { integer, pgSchema } from "drizzle-orm/pg-core";

export const billing = pgSchema("billing");
export const invoices = billing.table("bills", { id: integer() });
