import { pgSchema } from "drizzle-orm/pg-core";

export const appSchema = pgSchema("app");
export const mood = appSchema.enum("mood", ["a", "c"]);
export const other = pgSchema("other");
export const t = other.table("t", { m: mood() });
