import { pgTable } from "drizzle-orm/pg-core";

export const empty = pgTable("empty", {});
