import { integer, pgTable } from "drizzle-orm/pg-core";

export const a = pgTable("second_name", { id: integer() });
