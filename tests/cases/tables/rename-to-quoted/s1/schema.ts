import { integer, pgTable } from "drizzle-orm/pg-core";

export const t = pgTable("plain", { id: integer() });
