import { pgEnum } from "drizzle-orm/pg-core";

export const mood = pgEnum("mood", ["a", "b"]);
