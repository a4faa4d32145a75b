import { pgSchema, pgTable } from "drizzle-orm/pg-core";

export const appSchema = pgSchema("app");
export const mood = appSchema.enum("feeling", ["a", "b"]);
export const t = pgTable("t", { m: mood() });
