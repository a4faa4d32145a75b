import { integer, pgTable } from "drizzle-orm/pg-core";

export const products = pgTable("products", { id: integer(), price: integer() });
