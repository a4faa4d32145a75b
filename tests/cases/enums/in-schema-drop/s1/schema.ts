import { pgSchema } from "drizzle-orm/pg-core";

export const appSchema = pgSchema("app");
export const mood = appSchema.enum("mood", ["a", "b"]);
