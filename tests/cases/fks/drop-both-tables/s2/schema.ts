import { integer, pgTable } from "drizzle-orm/pg-core";

export const other = pgTable("other", { id: integer() });
