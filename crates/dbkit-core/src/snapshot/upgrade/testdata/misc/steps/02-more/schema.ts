import { sql } from 'drizzle-orm';
import {
  bigint, boolean, char, index, integer, interval, json, numeric, pgMaterializedView, pgPolicy, pgRole,
  pgTable, pgView, real, smallint, text, timestamp,
} from 'drizzle-orm/pg-core';

export const auditor = pgRole('auditor').existing();

export const numbers = pgTable('numbers', {
  '2024': integer('2024'),
  one: integer('1').default(1),
  big: bigint('big', { mode: 'number' }).default(5),
  ratio: real('ratio').default(2.5),
  price: numeric('price', { precision: 6, scale: 2 }).default('1.50'),
  tiny: smallint('tiny').default(-3),
  quote: text('quote').default("it's"),
  list: text('list').array().default(['a', 'b']),
  doc: json('doc').default([1, 2]),
  flag: boolean('flag').default(true),
  extra: text('extra').notNull().default(''),
  code: char('code', { length: 3 }).default('abc'),
  wait: interval('wait').default('1 day'),
  at: timestamp('at', { withTimezone: true, mode: 'string' }).default(sql`CURRENT_TIMESTAMP`),
}, (t) => [
  index('numbers_hash_idx').using('hash', t.quote),
  index('numbers_partial_idx').on(t.big.asc().nullsLast(), t.ratio.desc()).where(sql`${t.flag}`),
]);

const hidden = pgTable('hidden', { id: integer('id') });
export const linked = pgPolicy('linked_policy', { for: 'insert', to: 'public', withCheck: sql`true` }).link(hidden);

export const legacy = pgView('legacy_view', { id: integer('id') }).existing();
export const snapshotView = pgMaterializedView('numbers_mv').using('heap').tablespace('pg_default').withNoData()
  .as((qb) => qb.select({ big: numbers.big }).from(numbers));
