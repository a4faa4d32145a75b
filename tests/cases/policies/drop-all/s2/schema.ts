import { integer, pgTable } from "drizzle-orm/pg-core";

export const docs = pgTable("docs", { id: integer() });
