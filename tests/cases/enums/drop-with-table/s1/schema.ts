import { pgEnum, pgTable } from "drizzle-orm/pg-core";

export const mood = pgEnum("mood", ["x", "y"]);
export const t = pgTable("t", { m: mood() });
