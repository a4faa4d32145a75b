import { date, integer, pgTable } from "drizzle-orm/pg-core";

export const fresh = pgTable("fresh", { id: integer(), at: date() });
