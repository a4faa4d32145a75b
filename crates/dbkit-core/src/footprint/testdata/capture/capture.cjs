// Runs every scenario of scenarios.cjs through drizzle-kit's diff and prints testdata/statements.json:
// a JSON array, one {case, statement, sql, footprint} per line.
const api = require(process.argv[2]);
const scenarios = require('./scenarios.cjs');
(async () => {
  const out = [];
  for (const sc of scenarios) {
    let prev = [];
    for (let i = 0; i < sc.steps.length; i++) {
      const step = sc.steps[i];
      const state = await api.generateDrizzleJson(step.schema());
      const ddl = [...state.ddl, ...(step.privileges ?? []).map((p) => ({ ...p, entityType: 'privileges' }))];
      const hints = [...(step.hints ?? [])];
      let statements;
      for (;;) {
        try {
          statements = await api.__statements(prev, ddl, hints);
          break;
        } catch (e) {
          if (!e.missingHints) throw e;
          // What the step does not name as a rename is created; data loss is confirmed.
          for (const m of e.missingHints) hints.push({ type: m.type === 'rename_or_create' ? 'create' : 'confirm_data_loss', kind: m.kind, entity: m.entity });
        }
      }
      for (const s of statements) out.push({ case: `${sc.name}/s${i + 1}`, ...s });
      prev = ddl;
    }
  }
  process.stdout.write(`[\n${out.map((it) => JSON.stringify(it)).join(',\n')}\n]\n`);
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
