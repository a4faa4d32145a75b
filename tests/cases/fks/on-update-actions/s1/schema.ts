import { integer, pgTable } from "drizzle-orm/pg-core";

export const parent = pgTable("parent", {
  id: integer().primaryKey(),
});

export const child = pgTable("child", {
  a: integer().references(() => parent.id, { onUpdate: "cascade" }),
  b: integer().references(() => parent.id, { onUpdate: "restrict" }),
  c: integer().references(() => parent.id, { onUpdate: "no action" }),
  d: integer().references(() => parent.id, { onUpdate: "set null" }),
  e: integer().references(() => parent.id, { onUpdate: "set default" }),
  f: integer().references(() => parent.id, { onDelete: "set null", onUpdate: "cascade" }),
  g: integer().references(() => parent.id, { onDelete: "no action", onUpdate: "no action" }),
});
