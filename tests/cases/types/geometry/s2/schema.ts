import { geometry, pgTable } from "drizzle-orm/pg-core";

export const t = pgTable("t", {
  a: geometry(),
  b: geometry({ type: "point" }),
  c: geometry({ type: "point", srid: 4326 }),
  d: geometry({ mode: "xy", type: "point", srid: 3857 }),
  e: geometry({ type: "linestring" }),
});
