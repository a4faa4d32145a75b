import { sql } from 'drizzle-orm';
import { check, index, integer, pgEnum, pgSchema, pgTable, primaryKey, serial, text, unique } from 'drizzle-orm/pg-core';

export const audit = pgSchema('audit');
export const mood = pgEnum('feeling', ['sad', 'ok', 'great']);

export const users = pgTable('users', {
  id: serial('id').primaryKey(),
  fullName: text('full_name').notNull(),
  email: text('email').unique(),
  mood: mood('mood').default('ok'),
});

export const posts = pgTable('articles', {
  id: serial('id').primaryKey(),
  authorId: integer('author_id').references(() => users.id),
  title: text('title').notNull(),
}, (t) => [index().on(t.title)]);

export const tags = pgTable('post_tags', {
  postId: integer('post_id').notNull(),
  tag: text('tag').notNull(),
}, (t) => [primaryKey({ columns: [t.postId, t.tag] }), unique().on(t.tag, t.postId)]);

export const log = audit.table('events', {
  id: integer('id').generatedAlwaysAsIdentity(),
  at: text('at'),
}, (t) => [check('at_len', sql`length(${t.at}) > 0`)]);
