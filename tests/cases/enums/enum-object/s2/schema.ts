import { pgEnum, pgTable } from "drizzle-orm/pg-core";

export const colors = pgEnum("colors", { Red: "red", Green: "green", Blue: "blue" });
export const t = pgTable("t", { c: colors().default("green") });
