import { pgEnum, pgTable } from "drizzle-orm/pg-core";

export const mood = pgEnum("mood", ["a", "b", "c", "d", "e"]);
export const t = pgTable("t", { m: mood() });
