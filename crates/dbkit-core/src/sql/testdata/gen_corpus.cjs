// Regenerates corpus_statements.json from the golden corpus (tests/cases/*/*/expected/s*):
// for every step with a migration, drizzle-kit 1.0.0-rc.5's own `reconstruct` rebuilds the
// previous and current DDL states from the case's snapshots, its `ddlDiff` runs with the step's
// hints.json, and the JSON statements are kept when the SQL they render, joined with breakpoints,
// is byte-identical to the step's migration.sql (the real CLI output). Identical statements are
// kept once; `$diffType` and the rows' own `entityType` are dropped to keep the file small.
//
//   node crates/dbkit-core/src/sql/testdata/gen_corpus.cjs tests/cases > crates/dbkit-core/src/sql/testdata/corpus_statements.json
//
// It needs the peer install (`DBKIT_PEER`, default ~/.cache/dbkit-peer/v1/node_modules); see
// gen_rc5.cjs for why `api-postgres.js` is copied and hooked.
const fs = require('fs');
const os = require('os');
const path = require('path');
const Module = require('module');

const peer = process.env.DBKIT_PEER || path.join(os.homedir(), '.cache/dbkit-peer/v1/node_modules');
const hooked = path.join(os.tmpdir(), `dbkit-rc5-corpus-${process.pid}.cjs`);
fs.writeFileSync(hooked, fs.readFileSync(path.join(peer, 'drizzle-kit/api-postgres.js'), 'utf8') + `
exports.__corpusStep = async (snapshots, id, hints) => {
	init_reconstruct();
	const { resolver } = await Promise.resolve().then(() => (init_prompts(), prompts_exports));
	const { ddlDiff } = await Promise.resolve().then(() => (init_diff(), diff_exports));
	const { runWithApiHints } = await Promise.resolve().then(() => (init_hints(), hints_exports));
	const prev = startingState(snapshots, snapshots.get(id).prevIds);
	const cur = reconstruct$1(snapshots, id);
	return runWithApiHints(hints ?? [], async (h) => {
		const r = await ddlDiff(prev, cur, resolver("schema", h), resolver("enum", h), resolver("sequence", h), resolver("policy", h), resolver("role", h), resolver("table", h), resolver("column", h), resolver("view", h), resolver("unique", h), resolver("index", h), resolver("check", h), resolver("primary_key", h), resolver("foreign key", h), "default");
		h.throwIfMissingHints();
		return r.groupedStatements.map((g) => ({ st: g.jsonStatement, sql: g.sqlStatements }));
	});
};
`);
process.env.NODE_PATH = peer;
Module._initPaths();
const api = require(hooked);
process.on('exit', () => fs.rmSync(hooked, { force: true }));

const strip = (v, top) => {
  if (Array.isArray(v)) return v.map((x) => strip(x, false));
  if (v && typeof v === 'object') {
    const r = {};
    for (const [k, x] of Object.entries(v)) {
      if (k === '$diffType' || (k === 'entityType' && !top)) continue;
      r[k] = strip(x, false);
    }
    return r;
  }
  return v;
};

const root = process.argv[2] || 'tests/cases';
(async () => {
  const seen = new Map();
  let ok = 0;
  const bad = [];
  for (const area of fs.readdirSync(root).sort()) {
    for (const name of fs.readdirSync(path.join(root, area)).sort()) {
      const dir = path.join(root, area, name);
      const expected = path.join(dir, 'expected');
      if (!fs.existsSync(expected)) continue;
      const steps = fs.readdirSync(expected).filter((s) => fs.existsSync(path.join(expected, s, 'snapshot.json'))).sort((a, b) => Number(a.slice(1)) - Number(b.slice(1)));
      const snapshots = new Map();
      const ids = {};
      for (const step of steps) {
        const snapshot = JSON.parse(fs.readFileSync(path.join(expected, step, 'snapshot.json'), 'utf8'));
        snapshots.set(snapshot.id, snapshot);
        ids[step] = snapshot.id;
      }
      for (const step of steps) {
        const sqlFile = path.join(expected, step, 'migration.sql');
        if (!fs.existsSync(sqlFile)) continue;
        const hintsFile = path.join(dir, step, 'hints.json');
        const hints = fs.existsSync(hintsFile) ? JSON.parse(fs.readFileSync(hintsFile, 'utf8')) : [];
        const key = `${area}/${name}/${step}`;
        try {
          const groups = await api.__corpusStep(snapshots, ids[step], hints);
          if (groups.flatMap((g) => g.sql).join('--> statement-breakpoint\n') !== fs.readFileSync(sqlFile, 'utf8')) {
            bad.push(`${key}: the SQL differs from migration.sql`);
            continue;
          }
          ok++;
          for (const g of groups) {
            const text = JSON.stringify({ st: strip(g.st, true), sql: g.sql });
            if (!seen.has(text)) seen.set(text, key);
          }
        } catch (e) {
          bad.push(`${key}: ${String((e && e.message) || e).split('\n')[0]}`);
        }
      }
    }
  }
  const lines = [...seen.entries()].map(([text, key]) => JSON.stringify({ case: key, ...JSON.parse(text) }));
  process.stdout.write(`[\n${lines.join(',\n')}\n]\n`);
  process.stderr.write(`${ok} migrations reproduced, ${seen.size} distinct statements; not reproduced: ${bad.length}\n${bad.join('\n')}\n`);
})();
