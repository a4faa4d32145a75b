import { pgTable, text } from "drizzle-orm/pg-core";

export const notes = pgTable("notes", { body: text() });
