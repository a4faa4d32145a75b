import { sql } from "drizzle-orm";
import { check, index, integer, pgTable } from "drizzle-orm/pg-core";

export const owners = pgTable("owners", { id: integer().primaryKey() });
export const pets = pgTable("pets", {
  id: integer().primaryKey(),
  keeperId: integer("keeper_id").unique().references(() => owners.id),
}, (t) => [index("pets_owner_idx").on(t.keeperId), check("pets_owner_pos", sql`${t.keeperId} > 0`)]);
