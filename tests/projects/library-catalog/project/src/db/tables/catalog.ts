import { sql } from "drizzle-orm";
import { index, integer, pgTable, primaryKey, serial, smallint, text, varchar } from "drizzle-orm/pg-core";
import { newBarcode } from "@lib/ids.js";
import branches from "./branches.js";

export const authors = pgTable("authors", {
  id: serial().primaryKey(),
  name: text().notNull(),
  sortName: text("sort_name").notNull(),
});

export const books = pgTable(
  "books",
  {
    id: serial().primaryKey(),
    isbn13: varchar({ length: 13 }).unique(),
    title: text().notNull(),
    subtitle: text(),
    publishedYear: smallint("published_year"),
    language: varchar({ length: 3 }).notNull().default("eng"),
  },
  (t) => [index("books_title_trgm_idx").using("gin", sql`${t.title} gin_trgm_ops`)],
);

export const bookAuthors = pgTable(
  "book_authors",
  {
    bookId: integer("book_id").notNull().references(() => books.id, { onDelete: "cascade" }),
    authorId: integer("author_id").notNull().references(() => authors.id),
    position: smallint().notNull().default(1),
  },
  (t) => [primaryKey({ columns: [t.bookId, t.authorId] })],
);

export const copies = pgTable("copies", {
  id: serial().primaryKey(),
  bookId: integer("book_id").notNull().references(() => books.id),
  branchId: integer("branch_id").notNull().references(() => branches.id),
  barcode: varchar({ length: 16 }).notNull().unique().$defaultFn(() => newBarcode()),
  shelfMark: text("shelf_mark"),
});
