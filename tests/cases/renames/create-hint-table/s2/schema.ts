import { integer, pgTable, text } from "drizzle-orm/pg-core";

export const published = pgTable("published", { id: integer(), body: text() });
