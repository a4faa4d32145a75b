import { cidr, inet, line, macaddr, pgTable, point, uuid, vector } from "drizzle-orm/pg-core";

export const t = pgTable("t", {
  a: uuid().default("11111111-2222-3333-4444-555555555555"),
  b: inet().default("127.0.0.1"),
  c: cidr().default("10.0.0.0/8"),
  d: macaddr().default("08:00:2b:01:02:03"),
  e: point().default([1, 2]),
  f: point({ mode: "xy" }).default({ x: 3, y: 4 }),
  g: line().default([1, 2, 3]),
  h: vector({ dimensions: 3 }).default([1, 2, 3]),
});
