import { sql } from "drizzle-orm";
import { integer, pgPolicy, pgTable } from "drizzle-orm/pg-core";

export const keep = pgTable("keep", { id: integer() });
export const gone = pgTable("gone", { id: integer() }, () => [
  pgPolicy("gone_a", { using: sql`true` }),
  pgPolicy("gone_b", { for: "delete", using: sql`false` }),
]);
