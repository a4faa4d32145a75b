import { integer, pgTable, text } from "drizzle-orm/pg-core";

export const cars = pgTable("cars", { id: integer(), color: text().default("red") });
