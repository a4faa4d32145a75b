import { pgTable, text } from "drizzle-orm/pg-core";

export const t = pgTable("My Table", { c: text("My Col") });
