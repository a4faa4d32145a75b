import { index, integer, jsonb, pgTable } from "drizzle-orm/pg-core";

export const blobs = pgTable("blobs", {
  id: integer(),
  meta: jsonb(),
}, (t) => [index().using("gin", t.meta)]);
