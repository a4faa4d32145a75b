import { integer, pgTable } from "drizzle-orm/pg-core";

export const cars = pgTable("cars", { id: integer() });
