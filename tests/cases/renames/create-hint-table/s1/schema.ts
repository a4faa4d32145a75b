import { integer, pgTable, text } from "drizzle-orm/pg-core";

export const drafts = pgTable("drafts", { id: integer(), body: text() });
