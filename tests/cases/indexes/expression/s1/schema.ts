import { sql } from "drizzle-orm";
import { index, integer, pgTable, text, uniqueIndex } from "drizzle-orm/pg-core";

export const people = pgTable("people", {
  id: integer(),
  email: text(),
  first: text(),
  last: text(),
}, (t) => [
  uniqueIndex("people_email_lower").on(sql`lower(${t.email})`),
  index("people_fullname").on(sql`(${t.first} || ' ' || ${t.last})`),
  index("people_mixed").on(t.id, sql`upper(${t.last})`),
]);
