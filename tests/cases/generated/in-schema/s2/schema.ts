import { numeric, pgSchema } from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";

export const s = pgSchema("calc");
export const t = s.table("nums", {
  x: numeric({ precision: 8, scale: 2 }),
  y: numeric({ precision: 8, scale: 2 }).generatedAlwaysAs(sql`x * 1.5`),
});
