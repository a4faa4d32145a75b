// Appended (by capture-conflicts.sh) to a copy of drizzle-kit 1.0.0-rc.5's bin.cjs whose final
// `main();` is removed: runs drizzle's own `checkSnapshots` + `conflictError` (what `drizzle-kit
// check` does after reading the folder) on snapshots given as data.
exports.__check = async (inputs) => {
  init_check$1();
  const { report, fix } = await checkSnapshots(inputs, "postgresql");
  if (!fix) return { leafNodes: report.leafNodes };
  const error = conflictError(report, fix);
  return { leafNodes: report.leafNodes, meta: error.meta, text: error.humanMessage.replace(/\x1b\[[0-9;]*m/g, "") };
};
