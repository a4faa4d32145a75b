// Random migration graphs (merges, chains, numeric ids, custom migrations) with random footprints
// from a small token pool, so that conflicts, idempotent twins and ties happen often; each is run
// through drizzle-kit's check and printed with its result (testdata/conflicts.json).
const api = require(process.argv[2]);
const count = Number(process.argv[3] ?? 100);

let seed = 20261125;
const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const pick = (xs) => xs[Math.floor(rand() * xs.length)];
const some = (xs, max) => Array.from({ length: Math.floor(rand() * (max + 1)) }, () => pick(xs));

const tokens = ['s|col|public.t.a', 'n|col|public.t.a', 'e|col|public.t.a', 'n|tbl|public.t', 's|tbl|public.u', 'n|tbl|public.u', 'e|uniqueness|public.t.a', 'n|sch|public', 's|colprop|public.t.a.type'];
const targets = [['column', 'public', 't', 'a'], ['table', 'public', 'u'], ['index', 'public', 't', 't_a_idx'], ['schema', 'public'], ['role', 'admin'], ['enum', 'public', 'mood'], ['sequence', '', 's']];
const types = ['add_column', 'alter_column', 'drop_table', 'create_index', 'create_schema', 'alter_role', 'create_enum', 'alter_sequence', 'create_fk'];

const footprint = () => {
  const fp = { statementType: pick(types), statementTarget: pick(targets), writes: some(tokens, 2) };
  if (rand() < 0.6) fp.reads = some(tokens, 3);
  if (rand() < 0.2) fp.sharedWrites = some(tokens, 1);
  if (rand() < 0.4) fp.sqlHash = pick(['aaaaaaaaaaaaaaaa', 'bbbbbbbbbbbbbbbb']);
  return fp;
};

const uuid = () => Array.from({ length: 4 }, () => Math.floor(rand() * 65536).toString(16).padStart(4, '0')).join('-');

(async () => {
  const cases = [];
  for (let c = 0; c < count; c++) {
    const n = 2 + Math.floor(rand() * 6);
    const snapshots = [];
    for (let i = 0; i < n; i++) {
      const id = rand() < 0.15 ? String(Math.floor(rand() * 40)) : uuid();
      if (snapshots.some((s) => s.id === id)) { i--; continue; }
      const folder = `202611250000${String(i).padStart(2, '0')}_m${i}`;
      let prevIds;
      if (i === 0) prevIds = ['00000000-0000-0000-0000-000000000000'];
      else {
        const parents = new Set([snapshots[Math.floor(rand() * i)].id]);
        if (i > 1 && rand() < 0.3) parents.add(snapshots[Math.floor(rand() * i)].id);
        prevIds = [...parents];
      }
      const custom = i > 0 && rand() < 0.15;
      const footprints = custom ? [] : Array.from({ length: Math.floor(rand() * 3) + (i === 0 ? 0 : 1) }, footprint);
      snapshots.push({ folder, id, prevIds, footprints, custom });
    }
    // As drizzle writes them; a diff without deltas is a custom migration.
    const snapshotOf = ({ id, prevIds, footprints, custom }, i) => ({
      type: i === 0 ? 'base' : 'diff', version: '9', dialect: 'postgres', id, prevIds, footprints,
      ...(i === 0 ? { ddl: [] } : { deltas: custom ? [] : [{ op: 'drop', key: 'tables\u0000["public","x"]' }] }),
    });
    const inputs = snapshots.map((s, i) => ({ path: `drizzle/${s.folder}/snapshot.json`, snapshot: snapshotOf(s, i) }));
    cases.push({ case: c, snapshots, result: await api.__check(inputs) });
  }
  process.stdout.write(`[\n${cases.map((it) => JSON.stringify(it)).join(',\n')}\n]\n`);
})().catch((e) => { console.error(e); process.exit(1); });
