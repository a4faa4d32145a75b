import { integer, pgSchema, pgTable } from "drizzle-orm/pg-core";

export const archive = pgSchema("archive");
export const orders = pgTable("orders", { id: integer().primaryKey() });
