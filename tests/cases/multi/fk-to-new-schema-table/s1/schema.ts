import { integer, pgTable } from "drizzle-orm/pg-core";

export const orders = pgTable("orders", { id: integer().primaryKey(), warehouseId: integer("warehouse_id") });
