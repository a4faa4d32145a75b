import { sql } from 'drizzle-orm';
import {
  boolean, date, foreignKey, index, integer, jsonb, numeric, pgEnum, pgSchema, pgTable, primaryKey,
  serial, text, timestamp, unique, uniqueIndex, varchar,
} from 'drizzle-orm/pg-core';

export const shop = pgSchema('shop');
export const status = pgEnum('status', ['new', 'paid', 'shipped']);

export const customers = pgTable('customers', {
  id: serial('id').primaryKey(),
  email: varchar('email', { length: 120 }).notNull().unique(),
  vip: boolean('vip').default(true),
  born: date('born').default('1990-05-06'),
  seen: timestamp('seen', { precision: 3 }).default(sql`now()`),
  prefs: jsonb('prefs').default({ theme: 'dark' }),
  tags: text('tags').array(),
  phone: text('phone'),
}, (t) => ({
  emailIdx: index('customers_email_idx').on(t.email),
  vipIdx: uniqueIndex('customers_vip_born_index').on(t.vip, t.born),
}));

export const orders = shop.table('orders', {
  id: integer('id').notNull(),
  line: integer('line').notNull(),
  customerId: integer('customer_id').references(() => customers.id, { onDelete: 'cascade' }),
  status: status('status').default('new').notNull(),
  total: numeric('total', { precision: 10, scale: 2 }).default('0'),
}, (t) => ({
  pk: primaryKey({ columns: [t.id, t.line] }),
  uq: unique('orders_total_uq').on(t.total, t.status),
}));

export const notes = pgTable('notes', {
  orderId: integer('order_id').notNull(),
  orderLine: integer('order_line').notNull(),
  body: text('body').default("it's"),
}, (t) => ({
  fk: foreignKey({ columns: [t.orderId, t.orderLine], foreignColumns: [orders.id, orders.line] }).onUpdate('cascade'),
}));
