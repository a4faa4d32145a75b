import { index, integer, pgTable } from "drizzle-orm/pg-core";

export const parts = pgTable("parts", {
  id: integer(),
  region: integer(),
}, (t) => [index("parts_region_only").onOnly(t.region)]);
