import { integer, pgSchema, pgTable } from "drizzle-orm/pg-core";

export const types = pgSchema("types");
export const status = types.enum("status", ["on", "off"]);
export const t = pgTable("t", { id: integer(), s: status() });
