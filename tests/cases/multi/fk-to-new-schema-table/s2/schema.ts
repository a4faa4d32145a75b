import { integer, pgSchema, pgTable, text } from "drizzle-orm/pg-core";

export const logistics = pgSchema("logistics");
export const warehouses = logistics.table("warehouses", { id: integer().primaryKey(), name: text() });
export const orders = pgTable("orders", { id: integer().primaryKey(), warehouseId: integer("warehouse_id").references(() => warehouses.id) });
