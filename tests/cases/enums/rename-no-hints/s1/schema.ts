import { pgEnum, pgTable } from "drizzle-orm/pg-core";

export const mood = pgEnum("mood", ["a", "b"]);
export const t = pgTable("t", { m: mood() });
