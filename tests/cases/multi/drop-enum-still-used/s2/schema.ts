import { integer, pgEnum, pgTable } from "drizzle-orm/pg-core";

const color = pgEnum("color", ["red", "green"]);
export const cars = pgTable("cars", { id: integer(), color: color() });
