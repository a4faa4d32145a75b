import { sql } from 'drizzle-orm';
import {
  bigint, boolean, check, date, doublePrecision, foreignKey, index, integer, interval, jsonb, numeric,
  pgEnum, pgMaterializedView, pgPolicy, pgRole, pgSchema, pgSequence, pgTable, pgView, primaryKey,
  text, time, timestamp, unique, uniqueIndex, uuid, varchar,
} from 'drizzle-orm/pg-core';

export const audit = pgSchema('audit');
export const billing = pgSchema('billing');
export const mood = pgEnum('mood', ['sad', 'meh', 'ok', 'happy', 'ecstatic']);
export const level = audit.enum('level', ['low', 'high']);
export const counter = pgSequence('counter', { startWith: 100, increment: 3, minValue: 1, maxValue: 10000, cache: 5, cycle: true });
export const auditSeq = audit.sequence('audit_seq');
export const admin = pgRole('admin', { createRole: true, createDb: true, inherit: false });
export const reader = pgRole('reader');

export const users = pgTable('users', {
  id: integer('id').primaryKey().generatedAlwaysAsIdentity({ startWith: 10 }),
  email: varchar('email', { length: 256 }).notNull().unique(),
  name: text('name').notNull().default('anon'),
  mood: mood('mood').default('ok'),
  tags: text('tags').array().default(sql`'{}'::text[]`),
  score: numeric('score', { precision: 12, scale: 4 }).default('0'),
  active: boolean('active').default(true),
  meta: jsonb('meta').default({ a: 1 }),
  createdAt: timestamp('created_at', { precision: 3, withTimezone: true }).defaultNow().notNull(),
  born: date('born').default('2000-01-01'),
  age: integer('age').default(21),
  fullName: text('full_name').generatedAlwaysAs(sql`name || '!'`),
  phone: varchar('phone', { length: 32 }),
}, (t) => [
  index('users_name_lower_idx').on(sql`lower(${t.name})`),
  index().on(t.age, t.mood),
  uniqueIndex('users_email_partial').on(t.email).where(sql`${t.active} = true`),
  index('users_phone_idx').on(t.phone.op('varchar_pattern_ops')),
  check('age_check', sql`${t.age} > 0`),
  pgPolicy('users_read', { as: 'permissive', for: 'select', to: [admin, reader], using: sql`${t.active}` }),
  pgPolicy('users_write', { as: 'restrictive', for: 'update', to: 'current_user', withCheck: sql`true` }),
]);

export const posts = audit.table('posts', {
  id: bigint('id', { mode: 'number' }).generatedByDefaultAsIdentity(),
  authorId: integer('author_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
  slug: text('slug').notNull(),
  body: text('body'),
  rating: doublePrecision('rating'),
  level: level('level').default('low'),
}, (t) => [
  primaryKey({ columns: [t.id, t.slug] }),
  unique('posts_slug_uq').on(t.slug).nullsNotDistinct(),
  unique().on(t.authorId, t.body),
  index('posts_body_idx').using('gin', sql`to_tsvector('english', ${t.body})`),
  index('posts_slug_idx').on(t.slug).concurrently(),
]);

export const comments = pgTable('comments', {
  id: integer('id').generatedAlwaysAsIdentity({ name: 'comments_seq_custom', increment: 5, minValue: 1, maxValue: 1000000, cache: 10, cycle: true }),
  postId: bigint('post_id', { mode: 'number' }).notNull(),
  postSlug: text('post_slug').notNull(),
  text: text('text').notNull(),
}, (t) => [
  foreignKey({ columns: [t.postId, t.postSlug], foreignColumns: [posts.id, posts.slug] }).onDelete('restrict'),
  check('text_len', sql`length(${t.text}) < 1000`),
]);

export const memberships = pgTable('memberships', {
  userId: integer('user_id').notNull(),
  groupId: uuid('group_id').notNull().defaultRandom(),
}, (t) => [
  primaryKey({ columns: [t.userId, t.groupId] }),
  foreignKey({ columns: [t.userId], foreignColumns: [users.id], name: 'memberships_user_fk' }).onDelete('set null').onUpdate('cascade'),
]).enableRLS();

export const invoices = billing.table('invoices', {
  id: text('id').primaryKey(),
  amounts: numeric('amounts', { precision: 8, scale: 2 }).array(),
  grid: integer('grid').array().array(),
  due: timestamp('due', { mode: 'string' }).default('2024-01-01 00:00:00'),
  at: time('at', { precision: 2 }),
  span: interval('span', { fields: 'day' }),
  flags: boolean('flags').array().default([true, false]),
});

export const veryLongTableNameForTestingForeignKeyNames = pgTable('very_long_table_name_for_testing_fk_names', {
  referencedUserIdentifier: integer('referenced_user_identifier').references(() => users.id),
});

export const activeUsers = pgView('active_users').with({ securityBarrier: true, checkOption: 'cascaded' })
  .as((qb) => qb.select({ id: users.id, name: users.name, email: users.email }).from(users).where(sql`${users.active} = true`));
export const userStats = pgMaterializedView('user_stats', { n: integer('n') }).with({ fillfactor: 50 })
  .as(sql`select count(*) as n from users`);
