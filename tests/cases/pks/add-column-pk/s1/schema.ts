import { integer, pgTable, text } from "drizzle-orm/pg-core";

export const notes = pgTable("notes", { id: integer(), body: text() });
