import { integer, pgTable, text } from "drizzle-orm/pg-core";

export const a = pgTable("right_t", { l: integer() });
export const b = pgTable("left_t", { r: text() });
