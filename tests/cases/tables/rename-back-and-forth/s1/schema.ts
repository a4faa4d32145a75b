import { integer, pgTable } from "drizzle-orm/pg-core";

export const a = pgTable("first_name", { id: integer() });
