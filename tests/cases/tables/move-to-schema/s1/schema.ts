import { integer, pgSchema, pgTable, text } from "drizzle-orm/pg-core";

export const app = pgSchema("app");
export const users = pgTable("users", { id: integer().primaryKey(), name: text() });
