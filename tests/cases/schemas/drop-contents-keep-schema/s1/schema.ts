import { integer, pgSchema, text } from "drizzle-orm/pg-core";

export const s = pgSchema("inv");
export const status = s.enum("status", ["on", "off"]);
export const counter = s.sequence("counter", { startWith: 10 });
export const items = s.table("items", {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  st: status().default("on"),
  label: text(),
});
