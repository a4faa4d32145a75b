import { sql } from "drizzle-orm";
import { check, index, integer, pgTable, text } from "drizzle-orm/pg-core";

export const owners = pgTable("owners", { id: integer().primaryKey() });
export const pets = pgTable("animals", {
  id: integer().primaryKey(),
  name: text().unique(),
  ownerId: integer("owner_id").references(() => owners.id),
}, (t) => [index().on(t.ownerId), check("pets_name_len", sql`length(${t.name}) > 0`)]);
