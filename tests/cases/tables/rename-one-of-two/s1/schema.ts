import { integer, pgTable } from "drizzle-orm/pg-core";

export const a = pgTable("old_t", { id: integer() });
