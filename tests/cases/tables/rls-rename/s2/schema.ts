import { integer, pgTable } from "drizzle-orm/pg-core";

export const a = pgTable("strongbox", { id: integer() });
