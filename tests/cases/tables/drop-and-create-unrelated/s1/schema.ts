import { integer, pgTable } from "drizzle-orm/pg-core";

export const oldies = pgTable("oldies", { id: integer() });
