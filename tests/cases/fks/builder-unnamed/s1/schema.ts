import { foreignKey, integer, pgTable } from "drizzle-orm/pg-core";

export const authors = pgTable("authors", {
  id: integer().primaryKey(),
});

export const books = pgTable("books", {
  id: integer().primaryKey(),
  writer: integer(),
}, (t) => [foreignKey({ columns: [t.writer], foreignColumns: [authors.id] })]);
