import { integer, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';

export const items = pgTable('items', {
  id: integer('id').primaryKey(),
  label: text('label'),
});

export const pairs = pgTable('pairs', {
  a: integer('a').notNull(),
  b: integer('b').notNull(),
}, (t) => [primaryKey({ columns: [t.a, t.b] })]);
