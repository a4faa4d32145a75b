import { integer, pgTable, primaryKey, text } from "drizzle-orm/pg-core";

export const things = pgTable("things", {
  id: integer(),
  name: text(),
}, (t) => [primaryKey({ name: "things_id_pk", columns: [t.id] })]);
