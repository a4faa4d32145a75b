import { integer, pgTable } from "drizzle-orm/pg-core";

export const keep = pgTable("keep", { id: integer() });
