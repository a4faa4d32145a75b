import { integer, pgTable } from "drizzle-orm/pg-core";

export const secrets = pgTable.withRLS("secrets", { id: integer() });
export const other = pgTable("other", { id: integer() });
