import { integer, pgTable } from "drizzle-orm/pg-core";

export const parent = pgTable("parent", {
  id: integer().primaryKey(),
});

export const child = pgTable("child", {
  a: integer().references(() => parent.id, { onDelete: "cascade" }),
  b: integer().references(() => parent.id, { onDelete: "restrict" }),
  c: integer().references(() => parent.id, { onDelete: "no action" }),
  d: integer().references(() => parent.id, { onDelete: "set null" }),
  e: integer().default(0).references(() => parent.id, { onDelete: "set default" }),
});
