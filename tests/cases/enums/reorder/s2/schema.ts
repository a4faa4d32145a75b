import { pgEnum, pgTable } from "drizzle-orm/pg-core";

export const mood = pgEnum("mood", ["c", "b", "a"]);
export const t = pgTable("t", { m: mood() });
