import { integer, pgEnum, pgTable } from "drizzle-orm/pg-core";

export const mood = pgEnum("feeling", ["sad", "ok", "happy"]);
export const t = pgTable("t", { id: integer(), m: mood().default("ok") });
