import { integer, pgTable, timestamp } from "drizzle-orm/pg-core";

export const a = pgTable("a", { id: integer(), created: timestamp() });
export const b = pgTable("b", { id: integer(), created: timestamp() });
