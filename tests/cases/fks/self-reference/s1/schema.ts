import { type AnyPgColumn, foreignKey, integer, pgTable, text } from "drizzle-orm/pg-core";

export const nodes = pgTable("nodes", {
  id: integer().primaryKey(),
  parentId: integer("parent_id").references((): AnyPgColumn => nodes.id, { onDelete: "cascade" }),
  name: text(),
});

export const categories = pgTable("categories", {
  id: integer().primaryKey(),
  parent: integer(),
}, (t) => [foreignKey({ columns: [t.parent], foreignColumns: [t.id] })]);
