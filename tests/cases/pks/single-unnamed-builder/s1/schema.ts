import { integer, pgTable, primaryKey, text } from "drizzle-orm/pg-core";

export const things = pgTable("things", {
  id: integer(),
  name: text(),
}, (t) => [primaryKey({ columns: [t.id] })]);
