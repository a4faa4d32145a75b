import { integer, pgSchema } from "drizzle-orm/pg-core";

export const archive = pgSchema("archive");
export const oldOrders = archive.table("old_orders", { id: integer().primaryKey() });
