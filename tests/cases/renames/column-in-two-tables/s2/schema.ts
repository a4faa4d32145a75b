import { integer, pgTable, timestamp } from "drizzle-orm/pg-core";

export const a = pgTable("a", { id: integer(), createdAt: timestamp("created_at") });
export const b = pgTable("b", { id: integer(), createdAt: timestamp("created_at") });
