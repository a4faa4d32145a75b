import { integer, pgTable, text } from "drizzle-orm/pg-core";

export const a = pgTable("left_t", { l: integer() });
export const b = pgTable("right_t", { r: text() });
