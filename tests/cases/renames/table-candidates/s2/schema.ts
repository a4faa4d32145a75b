import { integer, pgTable } from "drizzle-orm/pg-core";

export const d = pgTable("d", { id: integer() });
