import { integer, pgTable } from "drizzle-orm/pg-core";

export const t = pgTable("t", { id: integer(), fresh: integer() });
