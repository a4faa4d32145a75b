import { pgEnum, pgTable } from "drizzle-orm/pg-core";

export const mood = pgEnum("mood", ["draft", "published"]);
export const t = pgTable("t", { m: mood() });
