import { pgEnum, pgTable } from "drizzle-orm/pg-core";

export const mood = pgEnum("mood", ["b", "c"]);
export const t = pgTable("t", { m: mood() });
