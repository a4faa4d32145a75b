import { pgEnum, pgTable } from "drizzle-orm/pg-core";

export const mood = pgEnum("mood", ["draft", "live"]);
export const t = pgTable("t", { m: mood() });
