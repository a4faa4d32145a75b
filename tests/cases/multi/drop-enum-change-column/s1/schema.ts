import { integer, pgEnum, pgTable } from "drizzle-orm/pg-core";

export const color = pgEnum("color", ["red", "green"]);
export const cars = pgTable("cars", { id: integer(), color: color().default("red") });
