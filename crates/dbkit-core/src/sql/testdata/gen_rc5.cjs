// Regenerates rc5_statements.json: drizzle-kit 1.0.0-rc.5's own `ddlDiff` and postgres convertor
// run on hand-made DDL states, printing each JSON statement with the SQL drizzle rendered for it.
//
//   node crates/dbkit-core/src/sql/testdata/gen_rc5.cjs > crates/dbkit-core/src/sql/testdata/rc5_statements.json
//
// It needs the peer install (`DBKIT_PEER`, default ~/.cache/dbkit-peer/v1/node_modules). drizzle's
// public API (`generateMigration`) returns only the flat SQL, so this copies `api-postgres.js` to a
// temporary file and appends a hook that also returns the JSON statements (`groupedStatements`).
const fs = require('fs');
const os = require('os');
const path = require('path');
const Module = require('module');

const peer = process.env.DBKIT_PEER || path.join(os.homedir(), '.cache/dbkit-peer/v1/node_modules');
const hooked = path.join(os.tmpdir(), `dbkit-rc5-api-${process.pid}.cjs`);
fs.writeFileSync(hooked, fs.readFileSync(path.join(peer, 'drizzle-kit/api-postgres.js'), 'utf8') + `
exports.__grouped = async (prev, cur, hints) => {
	const { resolver } = await Promise.resolve().then(() => (init_prompts(), prompts_exports));
	const { ddlDiff } = await Promise.resolve().then(() => (init_diff(), diff_exports));
	const { runWithApiHints } = await Promise.resolve().then(() => (init_hints(), hints_exports));
	return runWithApiHints(hints ?? [], async (h) => {
		const r = await ddlDiff(fromEntities(up(prev).snapshot.ddl), fromEntities(up(cur).snapshot.ddl), resolver("schema", h), resolver("enum", h), resolver("sequence", h), resolver("policy", h), resolver("role", h), resolver("table", h), resolver("column", h), resolver("view", h), resolver("unique", h), resolver("index", h), resolver("check", h), resolver("primary_key", h), resolver("foreign key", h), "default");
		h.throwIfMissingHints();
		return r.groupedStatements.map((g) => ({ st: g.jsonStatement, sql: g.sqlStatements }));
	});
};
`);
process.env.NODE_PATH = peer;
Module._initPaths();
const api = require(hooked);
process.on('exit', () => fs.rmSync(hooked, { force: true }));

const P = 'public';
const T = (name, o = {}) => ({ schema: P, name, isRlsEnabled: false, ...o, entityType: 'tables' });
const C = (table, name, type, o = {}) => ({ schema: P, table, name, type, typeSchema: null, notNull: false, dimensions: 0, default: null, generated: null, identity: null, ...o, entityType: 'columns' });
const ID = (name, o = {}) => ({ type: 'always', name, increment: '1', startWith: '1', minValue: '1', maxValue: '2147483647', cache: 1, cycle: false, ...o });
const PK = (table, columns, o = {}) => ({ schema: P, table, name: `${table}_pkey`, columns, nameExplicit: false, ...o, entityType: 'pks' });
const UQ = (table, name, columns, o = {}) => ({ schema: P, table, name, nameExplicit: false, columns, nullsNotDistinct: false, ...o, entityType: 'uniques' });
const CK = (table, name, value, o = {}) => ({ schema: P, table, name, value, ...o, entityType: 'checks' });
const FK = (table, name, columns, tableTo, columnsTo, o = {}) => ({ schema: P, table, name, nameExplicit: false, columns, schemaTo: P, tableTo, columnsTo, onUpdate: 'NO ACTION', onDelete: 'NO ACTION', ...o, entityType: 'fks' });
const IC = (value, o = {}) => ({ value, isExpression: false, asc: true, nullsFirst: false, opclass: null, ...o });
const IX = (table, name, columns, o = {}) => ({ schema: P, table, name, nameExplicit: true, columns, isUnique: false, where: null, with: '', method: 'btree', concurrently: false, ...o, entityType: 'indexes' });
const EN = (name, values, o = {}) => ({ schema: P, name, values, ...o, entityType: 'enums' });
const SQ = (name, o = {}) => ({ schema: P, name, incrementBy: '1', minValue: '1', maxValue: '9223372036854775807', startWith: '1', cacheSize: 1, cycle: false, ...o, entityType: 'sequences' });
const RO = (name, o = {}) => ({ name, superuser: false, createDb: false, createRole: false, inherit: true, canLogin: false, replication: false, bypassRls: false, connLimit: null, password: null, validUntil: null, ...o, entityType: 'roles' });
const PR = (table, grantee, type, o = {}) => ({ grantor: 'postgres', grantee, schema: P, table, type, isGrantable: false, ...o, entityType: 'privileges' });
const PO = (table, name, o = {}) => ({ schema: P, table, name, as: 'PERMISSIVE', for: 'ALL', roles: ['public'], using: null, withCheck: null, ...o, entityType: 'policies' });
const VW = (name, definition, o = {}) => ({ schema: P, name, definition, with: null, withNoData: null, using: null, tablespace: null, materialized: false, ...o, entityType: 'views' });
const SC = (name) => ({ name, entityType: 'schemas' });
const S = (schema, row) => ({ ...row, schema });
const users = [T('users'), C('users', 'id', 'integer', { notNull: true }), PK('users', ['id'])];
const rename = (kind, from, to) => ({ type: 'rename', kind, from, to });

const cases = {
  schemas: { prev: [SC('old_one'), SC('gone')], cur: [SC('new_one'), SC('audit')], hints: [rename('schema', ['old_one'], ['new_one']), { type: 'create', kind: 'schema', entity: ['audit'] }] },
  enums_create_drop: { prev: [EN('gone', ['a'])], cur: [EN('mood', ["sad", "it's ok", "happy"]), S('audit', EN('status', ['on', 'off'])), SC('audit')] },
  enums_rename: { prev: [EN('a', ['x'])], cur: [EN('b', ['x'])], hints: [rename('enum', [P, 'a'], [P, 'b'])] },
  enums_rename_other_schema: { prev: [SC('s'), S('s', EN('a', ['x']))], cur: [SC('s'), S('s', EN('b', ['x']))], hints: [rename('enum', ['s', 'a'], ['s', 'b'])] },
  enums_move: { prev: [SC('s'), EN('a', ['x']), S('s', EN('c', ['y']))], cur: [SC('s'), S('s', EN('a', ['x'])), EN('c', ['y'])], hints: [rename('enum', [P, 'a'], ['s', 'a']), rename('enum', ['s', 'c'], [P, 'c'])] },
  enums_add_values: { prev: [EN('mood', ['sad', 'happy']), SC('s'), S('s', EN('e', ['a']))], cur: [EN('mood', ['sad', 'ok', 'happy', 'ecstatic']), SC('s'), S('s', EN('e', ['a', 'b']))] },
  enums_recreate: {
    prev: [EN('mood', ['sad', 'ok', 'happy']), T('users'), C('users', 'mood', 'mood', { typeSchema: P, default: "'ok'", notNull: true }), C('users', 'moods', 'mood', { typeSchema: P, dimensions: 1 }), C('users', 'm2', 'mood', { typeSchema: P, default: "'sad'" }),
      SC('s'), S('s', EN('e', ['a', 'b'])), S('s', T('t')), S('s', C('t', 'e', 'e', { typeSchema: 's', dimensions: 2, default: "'{{a}}'" }))],
    cur: [EN('mood', ['ok', 'happy']), T('users'), C('users', 'mood', 'mood', { typeSchema: P, default: "'ok'", notNull: true }), C('users', 'moods', 'mood', { typeSchema: P, dimensions: 1 }), C('users', 'm2', 'mood', { typeSchema: P }),
      SC('s'), S('s', EN('e', ['b'])), S('s', T('t')), S('s', C('t', 'e', 'e', { typeSchema: 's', dimensions: 2, default: "'{{b}}'" }))],
  },
  sequences_create_drop: { prev: [SQ('gone')], cur: [SQ('my_seq', { incrementBy: '2', startWith: '10' }), SC('s'), S('s', SQ('other', { minValue: null, maxValue: null, startWith: null, incrementBy: null, cacheSize: null, cycle: true }))] },
  sequences_rename_move: { prev: [SC('s'), SQ('a'), SQ('b'), S('s', SQ('c'))], cur: [SC('s'), SQ('a2'), S('s', SQ('b')), S('s', SQ('c2'))], hints: [rename('sequence', [P, 'a'], [P, 'a2']), rename('sequence', [P, 'b'], ['s', 'b']), rename('sequence', ['s', 'c'], ['s', 'c2'])] },
  sequences_alter: { prev: [SQ('a'), SC('s'), S('s', SQ('b'))], cur: [SQ('a', { incrementBy: '5', cycle: true }), SC('s'), S('s', SQ('b', { cacheSize: 10 }))] },
  roles_create: { prev: [RO('gone')], cur: [RO('plain'), RO('admin', { superuser: true, createDb: true, createRole: true, inherit: false, canLogin: true, replication: true, bypassRls: true, connLimit: 5, password: "it's", validUntil: '2030-01-01' }), RO('nolimit', { connLimit: -1 })] },
  roles_rename: { prev: [RO('a')], cur: [RO('b')], hints: [rename('role', ['a'], ['b'])] },
  roles_alter: {
    prev: [RO('a'), RO('b', { superuser: true, createDb: true, createRole: true, inherit: false, canLogin: true, replication: true, bypassRls: true, connLimit: 5, password: 'x', validUntil: '2030-01-01' })],
    cur: [RO('a', { superuser: true, createDb: true, createRole: true, inherit: false, canLogin: true, replication: true, bypassRls: true, connLimit: 5, password: "p'w", validUntil: '2031-01-01' }), RO('b')],
  },
  privileges: {
    prev: [...users, RO('r'), PR('users', 'r', 'SELECT'), PR('users', 'r', 'UPDATE'), SC('s'), S('s', T('t')), S('s', C('t', 'id', 'integer')), PR('t', 'r', 'DELETE', { schema: 's' })],
    cur: [...users, RO('r'), PR('users', 'r', 'SELECT', { isGrantable: true }), PR('users', 'r', 'INSERT'), SC('s'), S('s', T('t')), S('s', C('t', 'id', 'integer')), PR('t', 'r', 'TRUNCATE', { schema: 's', isGrantable: true })],
  },
  create_table_full: {
    prev: [],
    cur: [
      EN('mood', ['sad', 'ok']), SC('audit'), S('audit', EN('level', ['lo', 'hi'])),
      T('posts'),
      C('posts', 'id', 'serial', { notNull: true }),
      C('posts', 'big', 'bigint', { notNull: true, identity: ID('posts_big_seq', { maxValue: '9223372036854775807' }) }),
      C('posts', 'small', 'smallint', { identity: ID('custom_seq', { type: 'byDefault', increment: '2', startWith: '10', minValue: '5', maxValue: '32767', cache: 3, cycle: true }) }),
      C('posts', 'title', 'varchar(256)', { notNull: true, default: "'untitled'" }),
      C('posts', 'slug', 'text', { notNull: true }),
      C('posts', 'email', 'text'),
      C('posts', 'code', 'text'),
      C('posts', 'mood', 'mood', { typeSchema: P, default: "'ok'", notNull: true }),
      C('posts', 'moods', 'mood', { typeSchema: P, dimensions: 1, default: "'{sad}'" }),
      C('posts', 'level', 'level', { typeSchema: 'audit', default: "'lo'" }),
      C('posts', 'levels', 'level', { typeSchema: 'audit', dimensions: 2, default: "'{{lo}}'" }),
      C('posts', 'tags', 'text', { dimensions: 1, default: "'{}'" }),
      C('posts', 'grid', 'integer', { dimensions: 2, notNull: true }),
      C('posts', 'meta', 'jsonb', { default: `'{"a":1}'` }),
      C('posts', 'upper_title', 'text', { notNull: true, generated: { as: 'upper("title")', type: 'stored' } }),
      C('posts', 'created_at', 'timestamp with time zone', { notNull: true, default: 'now()' }),
      PK('posts', ['id']),
      UQ('posts', 'posts_slug_key', ['slug']),
      UQ('posts', 'posts_email_uq', ['email'], { nameExplicit: true, nullsNotDistinct: true }),
      UQ('posts', 'posts_code_key', ['code'], { nullsNotDistinct: true }),
      UQ('posts', 'posts_title_mood_key', ['title', 'mood'], { nullsNotDistinct: true }),
      UQ('posts', 'posts_title_level_uq', ['title', 'level'], { nameExplicit: true }),
      CK('posts', 'title_len', 'length("title") > 0'),
      CK('posts', 'big_pos', '"big" > 0'),
      T('tags'), C('tags', 'post_id', 'integer', { notNull: true }), C('tags', 'tag', 'text', { notNull: true }), C('tags', 'note', 'text', { notNull: true }), PK('tags', ['post_id', 'tag']),
      T('named'), C('named', 'id', 'integer', { notNull: true }), PK('named', ['id'], { name: 'named_pk', nameExplicit: true }),
      T('rls', { isRlsEnabled: true }), C('rls', 'id', 'integer'),
      T('with_policy'), C('with_policy', 'id', 'integer'), PO('with_policy', 'p1'),
      S('audit', T('log')), S('audit', C('log', 'id', 'bigint', { notNull: true, identity: ID('log_id_seq', { type: 'byDefault', maxValue: '9223372036854775807' }) })), S('audit', C('log', 'bs', 'bigserial', { notNull: true })), S('audit', PK('log', ['id'])),
      T('empty'),
    ],
  },
  drop_tables: {
    prev: [T('plain'), C('plain', 'id', 'integer'), T('with_policies', { isRlsEnabled: true }), C('with_policies', 'id', 'integer'), PO('with_policies', 'a'), PO('with_policies', 'b', { for: 'SELECT' }), SC('s'), S('s', T('t')), S('s', C('t', 'id', 'integer')), S('s', PO('t', 'c'))],
    cur: [SC('s')],
  },
  rename_tables: {
    prev: [T('posts'), C('posts', 'id', 'integer'), SC('s'), S('s', T('a')), S('s', C('a', 'id', 'integer'))],
    cur: [T('articles'), C('articles', 'id', 'integer'), SC('s'), S('s', T('b')), S('s', C('b', 'id', 'integer'))],
    hints: [rename('table', [P, 'posts'], [P, 'articles']), rename('table', ['s', 'a'], ['s', 'b'])],
  },
  move_tables: {
    prev: [SC('s'), SC('s2'), T('posts'), C('posts', 'id', 'integer'), IX('posts', 'posts_id_idx', [IC('id')]), S('s', T('a')), S('s', C('a', 'id', 'integer'))],
    cur: [SC('s'), SC('s2'), S('s', T('posts')), S('s', C('posts', 'id', 'integer')), S('s', IX('posts', 'posts_id_idx', [IC('id')])), S('s2', T('a')), S('s2', C('a', 'id', 'integer'))],
    hints: [rename('table', [P, 'posts'], ['s', 'posts']), rename('table', ['s', 'a'], ['s2', 'a'])],
  },
  rls: {
    prev: [T('a'), C('a', 'id', 'integer'), T('b', { isRlsEnabled: true }), C('b', 'id', 'integer'), SC('s'), S('s', T('c')), S('s', C('c', 'id', 'integer'))],
    cur: [T('a', { isRlsEnabled: true }), C('a', 'id', 'integer'), T('b'), C('b', 'id', 'integer'), SC('s'), S('s', T('c', { isRlsEnabled: true })), S('s', C('c', 'id', 'integer'))],
  },
  add_columns: {
    prev: [EN('mood', ['a', 'b']), T('users'), C('users', 'x', 'integer'), SC('s'), S('s', EN('e', ['a'])), S('s', T('t')), S('s', C('t', 'x', 'integer')), T('k'), C('k', 'x', 'integer')],
    cur: [EN('mood', ['a', 'b']), T('users'), C('users', 'x', 'integer'),
      C('users', 'id', 'serial', { notNull: true }), PK('users', ['id']),
      C('users', 'active', 'boolean', { notNull: true, default: 'true' }),
      C('users', 'meta', 'jsonb', { default: `'{"a":1}'` }),
      C('users', 'mood', 'mood', { typeSchema: P, default: "'a'", notNull: true }),
      C('users', 'moods', 'mood', { typeSchema: P, dimensions: 1, default: "'{a,b}'" }),
      C('users', 'score', 'numeric(10,2)', { default: "'0'" }),
      C('users', 'tags', 'text', { dimensions: 1, default: "'{}'" }),
      C('users', 'g', 'text', { notNull: true, generated: { as: "'x' || \"x\"", type: 'stored' } }),
      C('users', 'ident', 'integer', { notNull: true, identity: ID('users_ident_seq') }),
      SC('s'), S('s', EN('e', ['a'])), S('s', T('t')), S('s', C('t', 'x', 'integer')),
      S('s', C('t', 'e', 'e', { typeSchema: 's', default: "'a'" })),
      S('s', C('t', 'ident', 'bigint', { notNull: true, identity: ID('t_ident_seq', { type: 'byDefault', maxValue: '9223372036854775807', cycle: true }) })),
      T('k'), C('k', 'x', 'integer', { notNull: true }), C('k', 'y', 'integer', { notNull: true }), PK('k', ['x', 'y'])],
  },
  drop_rename_columns: {
    prev: [T('users'), C('users', 'a', 'integer'), C('users', 'b', 'text'), C('users', 'name', 'text'), SC('s'), S('s', T('t')), S('s', C('t', 'a', 'integer')), S('s', C('t', 'b', 'integer'))],
    cur: [T('users'), C('users', 'a', 'integer'), C('users', 'full_name', 'text'), SC('s'), S('s', T('t')), S('s', C('t', 'a', 'integer')), S('s', C('t', 'c', 'integer'))],
    hints: [rename('column', [P, 'users', 'name'], [P, 'users', 'full_name']), rename('column', ['s', 't', 'b'], ['s', 't', 'c'])],
  },
  recreate_column: {
    prev: [T('users'), C('users', 'a', 'integer'), C('users', 'g', 'integer', { generated: { as: '"a" * 2', type: 'stored' } }), C('users', 'h', 'integer', { notNull: true }), C('users', 'p', 'text', { notNull: true, generated: { as: '"a"::text', type: 'stored' } }), PK('users', ['p'])],
    cur: [T('users'), C('users', 'a', 'integer'), C('users', 'g', 'integer', { generated: { as: '"a" * 3', type: 'stored' } }), C('users', 'h', 'integer', { notNull: true, generated: { as: '"a" + 1', type: 'stored' } }), C('users', 'p', 'text', { notNull: true, generated: { as: '("a" + 1)::text', type: 'stored' } }), PK('users', ['p'])],
  },
  alter_columns_basic: {
    prev: [T('users'), C('users', 'name', 'text'), C('users', 'age', 'integer', { default: '1' }), C('users', 'x', 'integer', { notNull: true }), C('users', 'created_at', 'timestamp'), C('users', 'g', 'integer', { generated: { as: '1', type: 'stored' } }), C('users', 'arr', 'integer', { default: "'{1}'", dimensions: 1 }), C('users', 'd', 'integer'),
      SC('s'), S('s', T('t')), S('s', C('t', 'a', 'text', { default: "'x'" }))],
    cur: [T('users'), C('users', 'name', 'varchar(256)', { notNull: true }), C('users', 'age', 'integer'), C('users', 'x', 'integer', { default: '18' }), C('users', 'created_at', 'timestamp with time zone'), C('users', 'g', 'integer'), C('users', 'arr', 'integer', { default: "'{{1}}'", dimensions: 2 }), C('users', 'd', 'integer', { default: '5' }),
      SC('s'), S('s', T('t')), S('s', C('t', 'a', 'varchar', { default: "'y'" }))],
  },
  alter_columns_enum: {
    prev: [EN('mood', ['a', 'b']), EN('other', ['a', 'b']), SC('s'), S('s', EN('e', ['a'])), T('users'), C('users', 'c1', 'text', { default: "'a'" }), C('users', 'c2', 'mood', { typeSchema: P, default: "'a'" }), C('users', 'c3', 'mood', { typeSchema: P }), C('users', 'c4', 'text'), C('users', 'c5', 'mood', { typeSchema: P, default: "'a'" })],
    cur: [EN('mood', ['a', 'b']), EN('other', ['a', 'b']), SC('s'), S('s', EN('e', ['a'])), T('users'), C('users', 'c1', 'mood', { typeSchema: P, default: "'a'" }), C('users', 'c2', 'text', { default: "'a'" }), C('users', 'c3', 'other', { typeSchema: P }), C('users', 'c4', 'e', { typeSchema: 's', dimensions: 1 }), C('users', 'c5', 'mood', { typeSchema: P, dimensions: 1, default: "'{a}'" })],
  },
  alter_columns_identity: {
    prev: [T('t'), C('t', 'a', 'integer', { notNull: true }), C('t', 'b', 'integer', { notNull: true, identity: ID('t_b_seq') }), C('t', 'c', 'integer', { notNull: true, identity: ID('t_c_seq') }), C('t', 'd', 'integer'),
      SC('s'), S('s', T('u')), S('s', C('u', 'a', 'bigint', { notNull: true }))],
    cur: [T('t'), C('t', 'a', 'integer', { notNull: true, identity: ID('t_a_seq', { type: 'byDefault', cycle: true }) }), C('t', 'b', 'integer', { notNull: true }), C('t', 'c', 'integer', { notNull: true, identity: ID('t_c_seq', { type: 'byDefault', increment: '2', startWith: '3', minValue: '2', maxValue: '1000', cache: 5, cycle: true }) }), C('t', 'd', 'integer', { notNull: true, identity: ID('t_d_seq') }),
      SC('s'), S('s', T('u')), S('s', C('u', 'a', 'bigint', { notNull: true, identity: ID('u_a_seq', { maxValue: '9223372036854775807' }) }))],
  },
  alter_columns_identity_cycle_off: {
    prev: [T('t'), C('t', 'c', 'integer', { notNull: true, identity: ID('t_c_seq', { cycle: true }) })],
    cur: [T('t'), C('t', 'c', 'integer', { notNull: true, identity: ID('t_c_seq', { cycle: false }) })],
  },
  alter_columns_serial: {
    prev: [T('t'), C('t', 'id', 'serial', { notNull: true }), C('t', 'n', 'integer', { notNull: true }), C('t', 'b', 'bigint', { notNull: true }), C('t', 's', 'smallserial', { notNull: true }), C('t', 'ident', 'serial', { notNull: true }),
      SC('s'), S('s', T('u')), S('s', C('u', 'n', 'integer', { notNull: true }))],
    cur: [T('t'), C('t', 'id', 'integer', { notNull: true }), C('t', 'n', 'serial', { notNull: true }), C('t', 'b', 'bigserial', { notNull: true }), C('t', 's', 'smallint', { notNull: true }), C('t', 'ident', 'integer', { notNull: true, identity: ID('t_ident_seq') }),
      SC('s'), S('s', T('u')), S('s', C('u', 'n', 'serial', { notNull: true }))],
  },
  indexes: {
    prev: [T('posts'), C('posts', 'a', 'integer'), C('posts', 'b', 'text'), IX('posts', 'gone_idx', [IC('a')]), SC('s'), S('s', T('t')), S('s', C('t', 'a', 'integer')), S('s', IX('t', 's_gone', [IC('a')]))],
    cur: [T('posts'), C('posts', 'a', 'integer'), C('posts', 'b', 'text'),
      IX('posts', 'posts_a_idx', [IC('a')]),
      IX('posts', 'posts_ab_uq', [IC('a', { asc: false, nullsFirst: true }), IC('b', { nullsFirst: true })], { isUnique: true }),
      IX('posts', 'posts_desc', [IC('a', { asc: false, nullsFirst: false }), IC('lower("b")', { isExpression: true, asc: false, nullsFirst: true })]),
      IX('posts', 'posts_gin', [IC('b', { opclass: { name: 'gin_trgm_ops', default: false } })], { method: 'gin' }),
      IX('posts', 'posts_def_op', [IC('b', { opclass: { name: 'text_ops', default: true } })]),
      IX('posts', 'posts_partial', [IC('a')], { where: '"a" > 0', with: 'fillfactor=70', concurrently: true }),
      SC('s'), S('s', T('t')), S('s', C('t', 'a', 'integer')), S('s', IX('t', 's_idx', [IC('a')], { method: 'hash' }))],
  },
  indexes_rename: {
    prev: [T('posts'), C('posts', 'a', 'integer'), IX('posts', 'old_idx', [IC('a'), IC('"a" + 1', { isExpression: true })]), SC('s'), S('s', T('t')), S('s', C('t', 'a', 'integer')), S('s', IX('t', 's_old', [IC('a')]))],
    cur: [T('posts'), C('posts', 'a', 'integer'), IX('posts', 'new_idx', [IC('a'), IC('"a" + 1', { isExpression: true })]), SC('s'), S('s', T('t')), S('s', C('t', 'a', 'integer')), S('s', IX('t', 's_new', [IC('a')]))],
    hints: [rename('index', [P, 'posts', 'old_idx'], [P, 'posts', 'new_idx']), rename('index', ['s', 't', 's_old'], ['s', 't', 's_new'])],
  },
  indexes_recreate: {
    prev: [T('posts'), C('posts', 'a', 'integer'), C('posts', 'b', 'integer'), IX('posts', 'i1', [IC('a')]), IX('posts', 'i2', [IC('a')], { where: '"a" > 0' }), SC('s'), S('s', T('t')), S('s', C('t', 'a', 'integer')), S('s', IX('t', 'i3', [IC('a')]))],
    cur: [T('posts'), C('posts', 'a', 'integer'), C('posts', 'b', 'integer'), IX('posts', 'i1', [IC('a')], { isUnique: true }), IX('posts', 'i2', [IC('a')], { where: '"a" > 1' }), SC('s'), S('s', T('t')), S('s', C('t', 'a', 'integer')), S('s', IX('t', 'i3', [IC('a')], { method: 'hash' }))],
  },
  pks: {
    prev: [T('a'), C('a', 'id', 'integer', { notNull: true }), T('b'), C('b', 'id', 'integer', { notNull: true }), PK('b', ['id']), T('c'), C('c', 'x', 'integer', { notNull: true }), C('c', 'y', 'integer', { notNull: true }), SC('s'), S('s', T('d')), S('s', C('d', 'x', 'integer', { notNull: true })), S('s', C('d', 'y', 'integer', { notNull: true }))],
    cur: [T('a'), C('a', 'id', 'integer', { notNull: true }), PK('a', ['id']), T('b'), C('b', 'id', 'integer', { notNull: true }), T('c'), C('c', 'x', 'integer', { notNull: true }), C('c', 'y', 'integer', { notNull: true }), PK('c', ['x', 'y'], { name: 'c_xy', nameExplicit: true }), SC('s'), S('s', T('d')), S('s', C('d', 'x', 'integer', { notNull: true })), S('s', C('d', 'y', 'integer', { notNull: true })), S('s', PK('d', ['x', 'y']))],
  },
  pks_alter: {
    prev: [T('a'), C('a', 'x', 'integer', { notNull: true }), C('a', 'y', 'integer', { notNull: true }), PK('a', ['x']), SC('s'), S('s', T('d')), S('s', C('d', 'x', 'integer', { notNull: true })), S('s', C('d', 'y', 'integer', { notNull: true })), S('s', PK('d', ['x', 'y'], { name: 'd_pk', nameExplicit: true }))],
    cur: [T('a'), C('a', 'x', 'integer', { notNull: true }), C('a', 'y', 'integer', { notNull: true }), PK('a', ['x', 'y']), SC('s'), S('s', T('d')), S('s', C('d', 'x', 'integer', { notNull: true })), S('s', C('d', 'y', 'integer', { notNull: true })), S('s', PK('d', ['y'], { name: 'd_pk', nameExplicit: true }))],
  },
  pks_alter_deleted: {
    prev: [T('a'), C('a', 'x', 'integer', { notNull: true }), C('a', 'y', 'integer', { notNull: true }), C('a', 'z', 'integer', { notNull: true }), PK('a', ['x', 'z'])],
    cur: [T('a'), C('a', 'x', 'integer', { notNull: true }), C('a', 'y', 'integer', { notNull: true }), PK('a', ['x', 'y'])],
  },
  constraint_renames: {
    prev: [T('a'), C('a', 'x', 'integer', { notNull: true }), C('b_dummy', 'q', 'integer'), PK('a', ['x'], { name: 'a_old_pk', nameExplicit: true }), UQ('a', 'a_old_uq', ['x'], { nameExplicit: true }), CK('a', 'a_old_ck', '"x" > 0'), FK('a', 'a_old_fk', ['x'], 'a', ['x'], { nameExplicit: true }),
      SC('s'), S('s', T('t')), S('s', C('t', 'x', 'integer')), S('s', UQ('t', 'old_u', ['x'], { nameExplicit: true }))],
    cur: [T('a'), C('a', 'x', 'integer', { notNull: true }), PK('a', ['x'], { name: 'a_new_pk', nameExplicit: true }), UQ('a', 'a_new_uq', ['x'], { nameExplicit: true }), CK('a', 'a_new_ck', '"x" > 0'), FK('a', 'a_new_fk', ['x'], 'a', ['x'], { nameExplicit: true }),
      SC('s'), S('s', T('t')), S('s', C('t', 'x', 'integer')), S('s', UQ('t', 'new_u', ['x'], { nameExplicit: true }))],
    hints: [rename('primary_key', [P, 'a', 'a_old_pk'], [P, 'a', 'a_new_pk']), rename('unique', [P, 'a', 'a_old_uq'], [P, 'a', 'a_new_uq']), rename('check', [P, 'a', 'a_old_ck'], [P, 'a', 'a_new_ck']), rename('foreign key', [P, 'a', 'a_old_fk'], [P, 'a', 'a_new_fk']), rename('unique', ['s', 't', 'old_u'], ['s', 't', 'new_u'])],
  },
  fks: {
    prev: [...users, T('posts'), C('posts', 'a', 'integer'), C('posts', 'b', 'integer'), FK('posts', 'gone_fk', ['b'], 'users', ['id']), FK('posts', 'alt_fk', ['a'], 'users', ['id']), FK('posts', 'alt2_fk', ['b'], 'users', ['id'], { onDelete: 'CASCADE' }), SC('s'), S('s', T('log')), S('s', C('log', 'u', 'integer')), S('s', C('log', 'v', 'integer'))],
    cur: [...users, T('posts'), C('posts', 'a', 'integer'), C('posts', 'b', 'integer'),
      FK('posts', 'alt_fk', ['a'], 'users', ['id'], { onDelete: 'SET NULL', onUpdate: 'CASCADE' }),
      FK('posts', 'alt2_fk', ['b'], 'users', ['id']),
      FK('posts', 'posts_a_users_id_fkey', ['a'], 'users', ['id']),
      FK('posts', 'posts_b_fk', ['b', 'a'], 'users', ['id', 'id'], { onDelete: 'RESTRICT', onUpdate: 'SET DEFAULT', nameExplicit: true }),
      SC('s'), S('s', T('log')), S('s', C('log', 'u', 'integer')), S('s', C('log', 'v', 'integer')),
      S('s', FK('log', 'log_u_fk', ['u'], 'users', ['id'], { onDelete: 'CASCADE' })),
      S('s', FK('log', 'log_v_fk', ['v'], 'log', ['u'], { schemaTo: 's', onUpdate: 'no action' }))],
  },
  checks: {
    prev: [T('a'), C('a', 'x', 'integer'), CK('a', 'gone', '"x" < 0'), CK('a', 'alt', '"x" > 0'), SC('s'), S('s', T('t')), S('s', C('t', 'x', 'integer')), S('s', CK('t', 'sgone', '"x" < 0')), S('s', CK('t', 'salt', '"x" > 0'))],
    cur: [T('a'), C('a', 'x', 'integer'), CK('a', 'alt', '"x" > 1'), CK('a', 'added', '"x" <> 5'), SC('s'), S('s', T('t')), S('s', C('t', 'x', 'integer')), S('s', CK('t', 'salt', '"x" > 2')), S('s', CK('t', 'sadd', '"x" <> 5'))],
  },
  uniques: {
    prev: [T('a'), C('a', 'x', 'integer'), C('a', 'y', 'integer'), UQ('a', 'a_gone', ['y']), UQ('a', 'a_alt', ['x']), SC('s'), S('s', T('t')), S('s', C('t', 'x', 'integer')), S('s', UQ('t', 't_alt', ['x']))],
    cur: [T('a'), C('a', 'x', 'integer'), C('a', 'y', 'integer'), UQ('a', 'a_alt', ['x'], { nullsNotDistinct: true }), UQ('a', 'a_x_y_key', ['x', 'y']), UQ('a', 'a_nnd', ['y', 'x'], { nullsNotDistinct: true, nameExplicit: true }), SC('s'), S('s', T('t')), S('s', C('t', 'x', 'integer')), S('s', UQ('t', 't_alt', ['x'], { nullsNotDistinct: true }))],
  },
  policies: {
    prev: [RO('manager'), T('a', { isRlsEnabled: true }), C('a', 'id', 'integer'), PO('a', 'gone'), PO('a', 'old_name'), PO('a', 'alt', { roles: ['public'], using: 'true' }), PO('a', 'rec', { for: 'SELECT' }), SC('s'), S('s', T('t', { isRlsEnabled: true })), S('s', C('t', 'id', 'integer')), S('s', PO('t', 'p', { using: 'true' })), S('s', PO('t', 'q')), S('s', PO('t', 'r'))],
    cur: [RO('manager'), T('a', { isRlsEnabled: true }), C('a', 'id', 'integer'),
      PO('a', 'new_name'),
      PO('a', 'alt', { roles: ['manager', 'current_user', 'session_user', 'current_role'], using: '"id" = 1', withCheck: '"id" > 0' }),
      PO('a', 'rec', { for: 'INSERT', as: 'RESTRICTIVE', withCheck: 'true' }),
      PO('a', 'created', { as: 'RESTRICTIVE', for: 'UPDATE', roles: ['manager'], using: '(id = 1)', withCheck: '(id = 2)' }),
      SC('s'), S('s', T('t', { isRlsEnabled: true })), S('s', C('t', 'id', 'integer')), S('s', PO('t', 'p', { using: 'false' })), S('s', PO('t', 'q2')), S('s', PO('t', 'r', { for: 'DELETE' })), S('s', PO('t', 'new_s'))],
    hints: [rename('policy', [P, 'a', 'old_name'], [P, 'a', 'new_name']), rename('policy', ['s', 't', 'q'], ['s', 't', 'q2'])],
  },
  views_create: {
    prev: [T('users'), C('users', 'id', 'integer')],
    cur: [T('users'), C('users', 'id', 'integer'), SC('s'),
      VW('v1', 'select "id" from "users"'),
      VW('v2', 'select 1', { with: { checkOption: 'local', securityBarrier: true, securityInvoker: null, fillfactor: null } }),
      VW('mv', 'SELECT 1', { materialized: true, using: 'heap', tablespace: 'pg_default', withNoData: true, with: { fillfactor: 70, autovacuumVacuumScaleFactor: 0.5, autovacuumEnabled: false, checkOption: null } }),
      S('s', VW('sv', 'select 2')),
      S('s', VW('smv', 'select 3', { materialized: true }))],
  },
  views_drop: {
    prev: [SC('s'), VW('v1', 'select 1'), VW('mv', 'select 1', { materialized: true }), S('s', VW('sv', 'select 2')), S('s', VW('smv', 'select 3', { materialized: true }))],
    cur: [SC('s')],
  },
  views_rename: {
    prev: [SC('s'), VW('v1', 'select 1'), VW('mv', 'select 1', { materialized: true }), S('s', VW('sv', 'select 2'))],
    cur: [SC('s'), VW('v2', 'select 1'), VW('mv2', 'select 1', { materialized: true }), S('s', VW('sv2', 'select 2'))],
    hints: [rename('view', [P, 'v1'], [P, 'v2']), rename('view', [P, 'mv'], [P, 'mv2']), rename('view', ['s', 'sv'], ['s', 'sv2'])],
  },
  views_move: {
    prev: [SC('s'), VW('v1', 'select 1'), VW('mv', 'select 1', { materialized: true }), S('s', VW('sv', 'select 2'))],
    cur: [SC('s'), S('s', VW('v1', 'select 1')), S('s', VW('mv', 'select 1', { materialized: true })), VW('sv', 'select 2')],
    hints: [rename('view', [P, 'v1'], ['s', 'v1']), rename('view', [P, 'mv'], ['s', 'mv']), rename('view', ['s', 'sv'], [P, 'sv'])],
  },
  views_alter: {
    prev: [SC('s'),
      VW('v1', 'select 1', { with: { checkOption: 'local', securityBarrier: true, securityInvoker: null } }),
      VW('mv', 'select 1', { materialized: true, with: { fillfactor: 50, autovacuumEnabled: true, userCatalogTable: null } }),
      VW('mv2', 'select 1', { materialized: true, tablespace: 'ts1', using: 'heap2' }),
      S('s', VW('smv', 'select 1', { materialized: true, tablespace: 'ts1' })),
      VW('v3', 'select 3'), VW('mv3', 'select 3', { materialized: true })],
    cur: [SC('s'),
      VW('v1', 'select 1', { with: { checkOption: 'cascaded', securityBarrier: null, securityInvoker: true } }),
      VW('mv', 'select 1', { materialized: true, with: { fillfactor: 60, autovacuumEnabled: null, userCatalogTable: true } }),
      VW('mv2', 'select 1', { materialized: true, tablespace: null, using: null }),
      S('s', VW('smv', 'select 1', { materialized: true, tablespace: 'ts2', using: 'heap3' })),
      VW('v3', 'select 3 + 1'), VW('mv3', 'select 3', { materialized: false })],
  },
  alter_columns_generated_type: {
    prev: [T('users'), C('users', 'a', 'integer'), C('users', 'g', 'integer', { generated: { as: '"a" * 2', type: 'stored' } }), SC('s'), S('s', EN('e', ['a'])), S('s', T('t')), S('s', C('t', 'e', 'e', { typeSchema: 's', default: "'a'" }))],
    cur: [T('users'), C('users', 'a', 'integer'), C('users', 'g', 'bigint', { generated: { as: '"a" * 2', type: 'stored' } }), SC('s'), S('s', EN('e', ['a'])), S('s', T('t')), S('s', C('t', 'e', 'text', { default: "'a'" }))],
  },
  enum_quirks: {
    prev: [EN('mood', ['sad'])],
    cur: [EN('mood', ['sad', "it's"]), EN('q', ["'quoted'", "a'b", "'"])],
  },
  roles_quirk: { prev: [], cur: [RO('weird', { inherit: null }), RO('limited', { connLimit: 0 })] },
  views_quirks: { prev: [], cur: [VW('v', 'select 1', { with: { checkOption: null } }), VW('mvt', 'select 1', { materialized: true, tablespace: 'my space' })] },
  policies_empty_roles: { prev: [T('a', { isRlsEnabled: true }), C('a', 'id', 'integer')], cur: [T('a', { isRlsEnabled: true }), C('a', 'id', 'integer'), PO('a', 'nobody', { roles: [] })] },

};

(async () => {
  const out = {};
  const only = process.argv[2];
  for (const [name, c] of Object.entries(cases)) {
    if (only && name !== only) continue;
    const st = (ddl) => ({ version: '9', dialect: 'postgres', id: 'x', prevIds: [], ddl });
    let hints = [...(c.hints ?? [])];
    for (let attempt = 0; attempt < 5; attempt++) {
      try {
        out[name] = await api.__grouped(st(c.prev), st(c.cur), hints);
        break;
      } catch (e) {
        const missing = e && e.missingHints || e && e.meta && e.meta.unresolved || e && e.unresolved;
        if (missing && missing.length) {
          for (const m of missing) {
            if (m.type === 'rename_or_create') hints.push({ type: 'create', kind: m.kind, entity: m.entity });
            else hints.push({ type: 'confirm_data_loss', kind: m.kind, entity: m.entity });
          }
          continue;
        }
        out[name] = { error: String(e && e.stack || e), keys: Object.keys(e || {}) };
        break;
      }
    }
  }
  const lines = ['{'];
  const names = Object.keys(out);
  names.forEach((name, i) => {
    const groups = out[name];
    if (groups.error) throw new Error(`${name}: ${groups.error}`);
    lines.push(` ${JSON.stringify(name)}: [`);
    groups.forEach((g, j) => lines.push(`  ${JSON.stringify(g)}${j < groups.length - 1 ? ',' : ''}`));
    lines.push(` ]${i < names.length - 1 ? ',' : ''}`);
  });
  lines.push('}');
  process.stdout.write(lines.join('\n') + '\n');
})();
