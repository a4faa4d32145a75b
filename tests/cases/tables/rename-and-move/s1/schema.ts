import { integer, pgSchema, pgTable } from "drizzle-orm/pg-core";

export const app = pgSchema("app");
export const users = pgTable("users", { id: integer() });
