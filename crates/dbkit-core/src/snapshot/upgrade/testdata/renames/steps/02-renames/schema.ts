import { index, integer, pgTable, primaryKey, serial, text, unique } from 'drizzle-orm/pg-core';

export const users = pgTable('users', {
  id: serial('id').primaryKey(),
  fullName: text('full_name').notNull(),
});

export const posts = pgTable('articles', {
  id: serial('id').primaryKey(),
  userId: integer('user_id').references(() => users.id),
  title: text('title'),
}, (t) => [unique().on(t.userId, t.title), index().on(t.title)]);

export const tags = pgTable('labels', {
  postId: integer('post_id').notNull(),
  tag: text('tag').notNull(),
}, (t) => [primaryKey({ columns: [t.postId, t.tag] })]);
