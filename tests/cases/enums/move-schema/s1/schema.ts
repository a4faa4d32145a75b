import { pgEnum, pgSchema, pgTable } from "drizzle-orm/pg-core";

export const appSchema = pgSchema("app");
export const mood = pgEnum("mood", ["a", "b"]);
export const t = pgTable("t", { m: mood() });
