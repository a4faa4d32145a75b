import { bigint, integer, pgTable, text } from "drizzle-orm/pg-core";

export const items = pgTable("items", { id: integer(), quantity: bigint({ mode: "number" }).notNull().default(0), title: text() });
