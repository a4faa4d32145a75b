import { integer, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';

// the same keys, declared the other way round: 0.31 names them items_id_pk and pairs_pkey
export const items = pgTable('items', {
  id: integer('id').notNull(),
  label: text('label'),
}, (t) => [primaryKey({ columns: [t.id] })]);

export const pairs = pgTable('pairs', {
  a: integer('a').primaryKey(),
  b: integer('b').notNull(),
});
