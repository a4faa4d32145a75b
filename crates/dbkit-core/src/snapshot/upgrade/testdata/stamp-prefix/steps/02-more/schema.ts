import { integer, pgTable, text } from 'drizzle-orm/pg-core';
export const a = pgTable('a', { id: integer('id').primaryKey(), b: text('b') });
