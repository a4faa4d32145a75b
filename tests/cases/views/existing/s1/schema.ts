import { integer, pgTable, pgView, text } from "drizzle-orm/pg-core";

export const users = pgTable("users", { id: integer(), name: text() });
export const legacy = pgView("legacy_view", { id: integer(), name: text() }).existing();
