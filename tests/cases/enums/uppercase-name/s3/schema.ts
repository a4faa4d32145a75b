import { pgEnum, pgTable } from "drizzle-orm/pg-core";

export const mood = pgEnum("MoodType", ["Happy", "SAD", "Neutral"]);
export const t = pgTable("t", { m: mood().default("Happy") });
