import { sql } from "drizzle-orm";
import { check, integer, pgTable, text } from "drizzle-orm/pg-core";

export const settings = pgTable("settings", {
  id: integer(),
  kind: text(),
}, (t) => [
  check("settings_kind", sql`kind in ('a', 'b''s', 'c')`),
  check("settings_id", sql`"id"::bigint < 1000000`),
]);
