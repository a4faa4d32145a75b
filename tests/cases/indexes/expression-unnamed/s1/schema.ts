import { sql } from "drizzle-orm";
import { index, integer, pgTable, text } from "drizzle-orm/pg-core";

export const people = pgTable("people", {
  id: integer(),
  email: text(),
}, (t) => [index().on(sql`lower(${t.email})`)]);
