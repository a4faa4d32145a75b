import { sql } from 'drizzle-orm';
import { check, index, integer, pgEnum, pgSchema, pgTable, primaryKey, serial, text, unique } from 'drizzle-orm/pg-core';

export const audit = pgSchema('audit');
export const mood = pgEnum('mood', ['sad', 'ok']);

export const users = pgTable('users', {
  id: serial('id').primaryKey(),
  name: text('name').notNull(),
  email: text('email').unique(),
  mood: mood('mood').default('ok'),
});

export const posts = pgTable('posts', {
  id: serial('id').primaryKey(),
  authorId: integer('author_id').references(() => users.id),
  title: text('title').notNull(),
}, (t) => [index().on(t.title)]);

export const tags = pgTable('tags', {
  postId: integer('post_id').notNull(),
  tag: text('tag').notNull(),
}, (t) => [primaryKey({ columns: [t.postId, t.tag] }), unique().on(t.tag, t.postId)]);

export const log = audit.table('log', {
  id: integer('id').generatedAlwaysAsIdentity(),
  at: text('at'),
}, (t) => [check('at_len', sql`length(${t.at}) > 0`)]);
