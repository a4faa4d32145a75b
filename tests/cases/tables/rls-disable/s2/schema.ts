import { integer, pgTable } from "drizzle-orm/pg-core";

export const secrets = pgTable("secrets", { id: integer() });
