import { integer, pgEnum, pgTable, serial, text } from 'drizzle-orm/pg-core';

export const kind = pgEnum('kind', ['a', 'b']);

export const users = pgTable('users', {
  id: serial('id').primaryKey(),
  name: text('name').notNull(),
});

export const posts = pgTable('posts', {
  id: serial('id').primaryKey(),
  authorId: integer('author_id').references(() => users.id),
});
