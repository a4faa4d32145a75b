// Appended to a copy of drizzle-kit 1.0.0-rc.5's api-postgres.js by capture.sh: exposes the
// internals that turn two DDL states into JSON statements, SQL and footprints, and the branch
// conflict detector. Nothing here is drizzle's code; it only calls it.
exports.__statements = async (prevDdl, curDdl, hints) => {
  const { resolver } = (init_prompts(), prompts_exports);
  const { ddlDiff } = (init_diff(), diff_exports);
  init_commutativity();
  const { runWithApiHints } = (init_hints(), hints_exports);
  return runWithApiHints(hints ?? [], async (h) => {
    const kinds = ["schema", "enum", "sequence", "policy", "role", "table", "column", "view", "unique", "index", "check", "primary_key", "foreign key"];
    const r = await ddlDiff(fromEntities(prevDdl), fromEntities(curDdl), ...kinds.map((k) => resolver(k, h)), "default");
    h.throwIfMissingHints();
    return r.groupedStatements.map((g, i) => ({ statement: g.jsonStatement, sql: g.sqlStatements, footprint: footprintsOf([g])[0] }));
  });
};
