import { integer, pgTable, text } from "drizzle-orm/pg-core";

export const secrets = pgTable.withRLS("secrets", { id: integer().primaryKey(), value: text() });
