import { integer, pgEnum, pgSchema, pgTable } from "drizzle-orm/pg-core";

export const types = pgSchema("types");
export const status = pgEnum("status", ["on", "off"]);
export const t = pgTable("t", { id: integer(), s: status() });
