import { foreignKey, integer, pgTable } from "drizzle-orm/pg-core";

export const authors = pgTable("authors", {
  id: integer().primaryKey(),
});

export const books = pgTable("books", {
  id: integer().primaryKey(),
  writer: integer(),
  editor: integer(),
}, (t) => [
  foreignKey({ name: "books_writer_fk", columns: [t.writer], foreignColumns: [authors.id] }).onDelete("cascade"),
  foreignKey({ name: "books_editor_fk", columns: [t.editor], foreignColumns: [authors.id] }).onUpdate("restrict").onDelete("set null"),
]);
