// Scenarios for capture.cjs: each step returns the exports of a drizzle pg-core schema; consecutive
// steps are diffed by drizzle-kit itself. `hints` name renames, `privileges` add grant rows (the TS
// schema has none).
const pg = require('drizzle-orm/pg-core');
const { sql } = require('drizzle-orm');
const R = (kind, from, to) => ({ type: 'rename', kind, from, to });

module.exports = [
  { name: 'tables', steps: [
    { schema: () => {
      const users = pg.pgTable('users', { id: pg.serial().primaryKey(), name: pg.text().notNull(), age: pg.integer(), nick: pg.text() });
      const posts = pg.pgTable('posts', { id: pg.serial().primaryKey(), authorId: pg.integer('author_id').references(() => users.id), title: pg.text().unique() },
        (t) => [pg.index('posts_author_idx').on(t.authorId)]);
      const app = pg.pgSchema('app');
      return { users, posts, app };
    } },
    { schema: () => {
      const members = pg.pgTable('members', { id: pg.serial().primaryKey(), name: pg.varchar({ length: 100 }), age: pg.integer().default(18), email: pg.text() });
      const posts = pg.pgTable('posts', { id: pg.serial().primaryKey(), authorId: pg.integer('author_id').references(() => members.id), title: pg.text().unique() },
        (t) => [pg.index('posts_author_idx').on(t.authorId)]);
      const app = pg.pgSchema('app');
      return { members, posts, app };
    }, hints: [R('table', ['public', 'users'], ['public', 'members'])] },
    { schema: () => {
      const app = pg.pgSchema('app');
      const members = app.table('members', { id: pg.serial().primaryKey(), name: pg.varchar({ length: 100 }), age: pg.integer().default(18), email: pg.text() });
      return { members, app };
    }, hints: [R('table', ['public', 'members'], ['app', 'members'])] },
    { schema: () => {
      const app = pg.pgSchema('app');
      const members = app.table('members', { id: pg.serial().primaryKey(), name: pg.varchar({ length: 100 }), age: pg.integer().default(18), mail: pg.text() });
      return { members, app };
    }, hints: [R('column', ['app', 'members', 'email'], ['app', 'members', 'mail'])] },
  ] },
  { name: 'enums', steps: [
    { schema: () => {
      const other = pg.pgSchema('other');
      const mood = pg.pgEnum('mood', ['sad', 'ok', 'happy']);
      const color = pg.pgEnum('color', ['red', 'green']);
      const t = pg.pgTable('t', { id: pg.integer(), mood: mood().default('ok'), c: color() });
      return { other, mood, color, t };
    } },
    { schema: () => {
      const other = pg.pgSchema('other');
      const mood = pg.pgEnum('mood', ['sad', 'ok', 'fine', 'happy']);
      const colour = pg.pgEnum('colour', ['red', 'green']);
      const t = pg.pgTable('t', { id: pg.integer(), mood: mood().default('fine'), c: colour() });
      return { other, mood, colour, t };
    }, hints: [R('enum', ['public', 'color'], ['public', 'colour'])] },
    { schema: () => {
      const other = pg.pgSchema('other');
      const mood = pg.pgEnum('mood', ['ok', 'fine', 'happy']);
      const colour = other.enum('colour', ['red', 'green']);
      const t = pg.pgTable('t', { id: pg.integer(), mood: mood().default('ok'), c: colour() });
      return { other, mood, colour, t };
    }, hints: [R('enum', ['public', 'colour'], ['other', 'colour'])] },
    { schema: () => {
      const other = pg.pgSchema('other');
      const mood = pg.pgEnum('mood', ['ok', 'fine', 'happy']);
      const t = pg.pgTable('t', { id: pg.integer(), mood: mood().default('ok') });
      return { other, mood, t };
    } },
    { schema: () => {
      const other = pg.pgSchema('other');
      const t = pg.pgTable('t', { id: pg.integer(), mood: pg.text() });
      return { other, t };
    } },
  ] },
  { name: 'sequences', steps: [
    { schema: () => ({ s: pg.pgSchema('s'), seq1: pg.pgSequence('seq1', { startWith: 1 }) }) },
    { schema: () => ({ s: pg.pgSchema('s'), seq1: pg.pgSequence('seq1', { startWith: 1, increment: 2 }) }) },
    { schema: () => ({ s: pg.pgSchema('s'), seq2: pg.pgSequence('seq2', { startWith: 1, increment: 2 }) }), hints: [R('sequence', ['public', 'seq1'], ['public', 'seq2'])] },
    { schema: () => { const s = pg.pgSchema('s'); return { s, seq2: s.sequence('seq2', { startWith: 1, increment: 2 }) }; }, hints: [R('sequence', ['public', 'seq2'], ['s', 'seq2'])] },
    { schema: () => ({ s: pg.pgSchema('s') }) },
  ] },
  { name: 'views', steps: [
    { schema: () => {
      const s = pg.pgSchema('s');
      const t = pg.pgTable('t', { id: pg.integer() });
      const v1 = pg.pgView('v1', { id: pg.integer() }).as(sql`select "id" from "t"`);
      const mv = pg.pgMaterializedView('mv', { id: pg.integer() }).as(sql`select "id" from "t"`);
      return { s, t, v1, mv };
    } },
    { schema: () => {
      const s = pg.pgSchema('s');
      const t = pg.pgTable('t', { id: pg.integer() });
      const v1 = pg.pgView('v1', { id: pg.integer() }).with({ securityBarrier: true }).as(sql`select "id" from "t"`);
      const mv = pg.pgMaterializedView('mv', { id: pg.integer() }).as(sql`select "id" from "t" where "id" > 0`);
      return { s, t, v1, mv };
    } },
    { schema: () => {
      const s = pg.pgSchema('s');
      const t = pg.pgTable('t', { id: pg.integer() });
      const v2 = pg.pgView('v2', { id: pg.integer() }).with({ securityBarrier: true }).as(sql`select "id" from "t"`);
      const mv = s.materializedView('mv', { id: pg.integer() }).as(sql`select "id" from "t" where "id" > 0`);
      return { s, t, v2, mv };
    }, hints: [R('view', ['public', 'v1'], ['public', 'v2']), R('view', ['public', 'mv'], ['s', 'mv'])] },
    { schema: () => ({ s: pg.pgSchema('s'), t: pg.pgTable('t', { id: pg.integer() }) }) },
  ] },
  { name: 'schemas', steps: [
    { schema: () => { const a = pg.pgSchema('a'); return { a, t: a.table('t', { id: pg.integer() }) }; } },
    { schema: () => { const b = pg.pgSchema('b'); return { b, t: b.table('t', { id: pg.integer() }) }; }, hints: [R('schema', ['a'], ['b'])] },
    { schema: () => ({}) },
  ] },
  { name: 'roles', steps: [
    { schema: () => ({ admin: pg.pgRole('admin', { createDb: true }), reader: pg.pgRole('reader') }) },
    { schema: () => ({ admin: pg.pgRole('admin', { createDb: true, createRole: true }), viewer: pg.pgRole('viewer') }), hints: [R('role', ['reader'], ['viewer'])] },
    { schema: () => ({}) },
  ] },
  { name: 'policies', steps: [
    { schema: () => {
      const admin = pg.pgRole('admin');
      const t = pg.pgTable('t', { id: pg.integer(), owner: pg.text() }, () => [
        pg.pgPolicy('p1', { as: 'permissive', for: 'select', to: admin, using: sql`true` }),
        pg.pgPolicy('p2', { for: 'all', to: ['public', 'current_user'], using: sql`true` }),
      ]);
      const u = pg.pgTable('u', { id: pg.integer() });
      return { admin, t, u };
    } },
    { schema: () => {
      const admin = pg.pgRole('admin');
      const t = pg.pgTable('t', { id: pg.integer(), owner: pg.text() }, () => [
        pg.pgPolicy('p1', { as: 'permissive', for: 'select', to: admin, using: sql`"owner" = current_user` }),
        pg.pgPolicy('p3', { for: 'insert', to: ['public', 'current_user'], withCheck: sql`true` }),
      ]);
      const u = pg.pgTable('u', { id: pg.integer() }, () => [pg.pgPolicy('pu', { to: admin, using: sql`true` })]);
      return { admin, t, u };
    }, hints: [R('policy', ['public', 't', 'p2'], ['public', 't', 'p3'])] },
    { schema: () => {
      const admin = pg.pgRole('admin');
      const t = pg.pgTable('t', { id: pg.integer(), owner: pg.text() }, () => [
        pg.pgPolicy('p1', { as: 'restrictive', for: 'select', to: admin, using: sql`"owner" = current_user` }),
      ]);
      const u = pg.pgTable('u', { id: pg.integer() });
      return { admin, t, u };
    } },
    { schema: () => {
      const admin = pg.pgRole('admin');
      const t = pg.pgTable('t', { id: pg.integer(), owner: pg.text() }).enableRLS();
      const u = pg.pgTable('u', { id: pg.integer() }).enableRLS();
      return { admin, t, u };
    } },
    { schema: () => {
      const admin = pg.pgRole('admin');
      const t = pg.pgTable('t', { id: pg.integer(), owner: pg.text() });
      return { admin, t, u: pg.pgTable('u', { id: pg.integer() }) };
    } },
  ] },
  { name: 'constraints', steps: [
    { schema: () => {
      const p = pg.pgTable('p', { id: pg.integer().primaryKey(), code: pg.text(), region: pg.text() }, (t) => [pg.unique('p_code_region').on(t.code, t.region)]);
      const c = pg.pgTable('c', { a: pg.integer(), b: pg.integer(), code: pg.text(), region: pg.text(), qty: pg.integer() }, (t) => [
        pg.primaryKey({ columns: [t.a, t.b] }),
        pg.unique('c_code_key').on(t.code),
        pg.check('c_qty_pos', sql`${t.qty} > 0`),
        pg.foreignKey({ name: 'c_p_fk', columns: [t.code, t.region], foreignColumns: [p.code, p.region] }),
      ]);
      return { p, c };
    } },
    { schema: () => {
      const p = pg.pgTable('p', { id: pg.integer().primaryKey(), code: pg.text(), region: pg.text() }, (t) => [pg.unique('p_code_region').on(t.code, t.region)]);
      const c = pg.pgTable('c', { a: pg.integer(), b: pg.integer(), code: pg.text(), region: pg.text(), qty: pg.integer() }, (t) => [
        pg.primaryKey({ columns: [t.a, t.b, t.qty] }),
        pg.unique('c_code_key').on(t.code).nullsNotDistinct(),
        pg.check('c_qty_pos', sql`${t.qty} >= 0`),
        pg.foreignKey({ name: 'c_p_fk', columns: [t.code, t.region], foreignColumns: [p.code, p.region] }).onDelete('cascade'),
      ]);
      return { p, c };
    } },
    { schema: () => {
      const p = pg.pgTable('p', { id: pg.integer().primaryKey(), code: pg.text(), region: pg.text() }, (t) => [pg.unique('p_code_region').on(t.code, t.region)]);
      const c = pg.pgTable('c', { a: pg.integer(), b: pg.integer(), code: pg.text(), region: pg.text(), qty: pg.integer() }, (t) => [
        pg.primaryKey({ name: 'c_pk', columns: [t.a, t.b, t.qty] }),
        pg.unique('c_code_uq').on(t.code).nullsNotDistinct(),
        pg.check('c_qty_nonneg', sql`${t.qty} >= 0`),
        pg.foreignKey({ name: 'c_p_fkey', columns: [t.code, t.region], foreignColumns: [p.code, p.region] }).onDelete('cascade'),
      ]);
      return { p, c };
    }, hints: [
      R('primary_key', ['public', 'c', 'c_pkey'], ['public', 'c', 'c_pk']),
      R('unique', ['public', 'c', 'c_code_key'], ['public', 'c', 'c_code_uq']),
      R('check', ['public', 'c', 'c_qty_pos'], ['public', 'c', 'c_qty_nonneg']),
      R('foreign key', ['public', 'c', 'c_p_fk'], ['public', 'c', 'c_p_fkey']),
    ] },
    { schema: () => {
      const p = pg.pgTable('p', { id: pg.integer(), code: pg.text(), region: pg.text() });
      const c = pg.pgTable('c', { a: pg.integer(), b: pg.integer(), code: pg.text(), region: pg.text(), qty: pg.integer() });
      return { p, c };
    } },
    { schema: () => {
      const p = pg.pgTable('p', { id: pg.integer().primaryKey(), code: pg.text(), region: pg.text() }, (t) => [pg.unique().on(t.region)]);
      const c = pg.pgTable('c', { a: pg.integer(), b: pg.integer(), code: pg.text(), region: pg.text(), qty: pg.integer() }, (t) => [pg.check('c_ab', sql`${t.a} < ${t.b}`)]);
      return { p, c };
    } },
    { schema: () => {
      const p = pg.pgTable('p', { id: pg.integer().primaryKey(), code: pg.text() });
      const c = pg.pgTable('c', { a: pg.integer(), b: pg.integer(), code: pg.text(), qty: pg.integer() }, (t) => [pg.primaryKey({ columns: [t.a, t.b] })]);
      return { p, c };
    } },
    { schema: () => {
      const p = pg.pgTable('p', { id: pg.integer().primaryKey(), code: pg.text() });
      const c = pg.pgTable('c', { a: pg.integer(), code: pg.text(), qty: pg.integer() }, (t) => [pg.primaryKey({ columns: [t.a, t.qty] })]);
      return { p, c };
    } },
  ] },
  { name: 'indexes', steps: [
    { schema: () => {
      const t = pg.pgTable('t', { id: pg.integer(), a: pg.text(), b: pg.text(), c: pg.text() }, (t) => [
        pg.uniqueIndex('t_a_uidx').on(t.a, t.b),
        pg.index('t_b_idx').on(t.b),
        pg.index('t_expr_idx').on(sql`lower(${t.c})`, t.a),
        pg.uniqueIndex('t_c_uidx').on(t.c).where(sql`${t.c} is not null`),
        pg.index('t_m_idx').on(t.id),
      ]);
      return { t };
    } },
    { schema: () => {
      const t = pg.pgTable('t', { id: pg.integer(), a: pg.text(), b: pg.text(), c: pg.text() }, (t) => [
        pg.index('t_a_uidx').on(t.a, t.b),
        pg.index('t_b_idx2').on(t.b),
        pg.uniqueIndex('t_c_uidx').on(t.c).where(sql`${t.c} is not null and ${t.c} <> ''`),
        pg.index('t_m_idx').using('hash', t.id),
      ]);
      return { t };
    }, hints: [R('index', ['public', 't', 't_b_idx'], ['public', 't', 't_b_idx2'])] },
    { schema: () => {
      const t = pg.pgTable('t', { id: pg.integer(), a: pg.text(), b: pg.text(), c: pg.text() }, (t) => [pg.uniqueIndex('t_ab').on(t.b, t.a)]);
      return { t };
    } },
    { schema: () => ({ t: pg.pgTable('t', { id: pg.integer(), a: pg.text(), b: pg.text(), c: pg.text() }) }) },
  ] },
  { name: 'columns', steps: [
    { schema: () => {
      const mood = pg.pgEnum('mood', ['a', 'b']);
      const t = pg.pgTable('t', {
        id: pg.serial(),
        n: pg.integer(),
        g: pg.integer().generatedAlwaysAs(sql`1`),
        tags: pg.text(),
        arr: pg.text().array(),
        m: mood(),
        x: pg.integer(),
        y: pg.text().notNull(),
      });
      return { mood, t };
    } },
    { schema: () => {
      const mood = pg.pgEnum('mood', ['a', 'b']);
      const t = pg.pgTable('t', {
        id: pg.integer(),
        n: pg.integer().generatedAlwaysAsIdentity(),
        g: pg.integer().generatedAlwaysAs(sql`2`),
        tags: pg.text().array(),
        arr: pg.text().array().array(),
        m: mood().default('b'),
        x: pg.bigint({ mode: 'number' }).notNull(),
        y: pg.text(),
      });
      return { mood, t };
    } },
    { schema: () => {
      const mood = pg.pgEnum('mood', ['a', 'b']);
      const t = pg.pgTable('t', {
        id: pg.serial(),
        n: pg.integer(),
        g: pg.integer(),
        tags: pg.text(),
        arr: pg.text().array().array(),
        m: pg.text(),
        x: pg.bigint({ mode: 'number' }).notNull(),
        y: pg.text(),
      });
      return { mood, t };
    } },
    { schema: () => {
      const other = pg.pgSchema('other');
      const mood = pg.pgEnum('mood', ['a', 'b']);
      const feel = other.enum('feel', ['x', 'y']);
      const t = pg.pgTable('t', {
        id: pg.serial(),
        n: pg.integer(),
        g: pg.integer(),
        tags: feel().default('x'),
        arr: pg.text().array().array(),
        m: mood().default('a'),
        x: pg.bigint({ mode: 'number' }).notNull(),
        y: pg.text(),
      });
      return { other, mood, feel, t };
    } },
  ] },
  { name: 'privileges', steps: [
    { schema: () => ({ admin: pg.pgRole('admin'), t: pg.pgTable('t', { id: pg.integer() }) }) },
    { schema: () => ({ admin: pg.pgRole('admin'), t: pg.pgTable('t', { id: pg.integer() }) }), privileges: [
      { grantor: 'postgres', grantee: 'admin', schema: 'public', table: 't', type: 'SELECT', isGrantable: false },
      { grantor: 'postgres', grantee: 'admin', schema: 'public', table: 't', type: 'ALL', isGrantable: false },
    ] },
    { schema: () => ({ admin: pg.pgRole('admin'), t: pg.pgTable('t', { id: pg.integer() }) }), privileges: [
      { grantor: 'postgres', grantee: 'admin', schema: 'public', table: 't', type: 'SELECT', isGrantable: true },
      { grantor: 'postgres', grantee: 'PUBLIC', schema: 'public', table: 't', type: 'INSERT', isGrantable: false },
    ] },
  ] },
];
