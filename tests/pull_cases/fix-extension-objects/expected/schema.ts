import { pgTable, serial, customType, primaryKey, unique, pgView, bigint, timestamp, boolean, text, doublePrecision, numeric } from "drizzle-orm/pg-core"
import { sql } from "drizzle-orm"



export const users = pgTable("users", {
	id: serial().primaryKey(),
	email: customType({ dataType: () => 'citext' })().notNull(),
}, (table) => [
	unique("users_email_key").on(table.email),]);
export const pgStatStatements = pgView("pg_stat_statements", {	userid: customType({ dataType: () => 'oid' })(),
	dbid: customType({ dataType: () => 'oid' })(),
	toplevel: boolean(),
	queryid: bigint({ mode: 'number' }),
	query: text(),
	plans: bigint({ mode: 'number' }),
	totalPlanTime: doublePrecision("total_plan_time"),
	minPlanTime: doublePrecision("min_plan_time"),
	maxPlanTime: doublePrecision("max_plan_time"),
	meanPlanTime: doublePrecision("mean_plan_time"),
	stddevPlanTime: doublePrecision("stddev_plan_time"),
	calls: bigint({ mode: 'number' }),
	totalExecTime: doublePrecision("total_exec_time"),
	minExecTime: doublePrecision("min_exec_time"),
	maxExecTime: doublePrecision("max_exec_time"),
	meanExecTime: doublePrecision("mean_exec_time"),
	stddevExecTime: doublePrecision("stddev_exec_time"),
	rows: bigint({ mode: 'number' }),
	sharedBlksHit: bigint("shared_blks_hit", { mode: 'number' }),
	sharedBlksRead: bigint("shared_blks_read", { mode: 'number' }),
	sharedBlksDirtied: bigint("shared_blks_dirtied", { mode: 'number' }),
	sharedBlksWritten: bigint("shared_blks_written", { mode: 'number' }),
	localBlksHit: bigint("local_blks_hit", { mode: 'number' }),
	localBlksRead: bigint("local_blks_read", { mode: 'number' }),
	localBlksDirtied: bigint("local_blks_dirtied", { mode: 'number' }),
	localBlksWritten: bigint("local_blks_written", { mode: 'number' }),
	tempBlksRead: bigint("temp_blks_read", { mode: 'number' }),
	tempBlksWritten: bigint("temp_blks_written", { mode: 'number' }),
	blkReadTime: doublePrecision("blk_read_time"),
	blkWriteTime: doublePrecision("blk_write_time"),
	tempBlkReadTime: doublePrecision("temp_blk_read_time"),
	tempBlkWriteTime: doublePrecision("temp_blk_write_time"),
	walRecords: bigint("wal_records", { mode: 'number' }),
	walFpi: bigint("wal_fpi", { mode: 'number' }),
	walBytes: numeric("wal_bytes"),
	jitFunctions: bigint("jit_functions", { mode: 'number' }),
	jitGenerationTime: doublePrecision("jit_generation_time"),
	jitInliningCount: bigint("jit_inlining_count", { mode: 'number' }),
	jitInliningTime: doublePrecision("jit_inlining_time"),
	jitOptimizationCount: bigint("jit_optimization_count", { mode: 'number' }),
	jitOptimizationTime: doublePrecision("jit_optimization_time"),
	jitEmissionCount: bigint("jit_emission_count", { mode: 'number' }),
	jitEmissionTime: doublePrecision("jit_emission_time"),
}).as(sql`SELECT pg_stat_statements.userid, pg_stat_statements.dbid, pg_stat_statements.toplevel, pg_stat_statements.queryid, pg_stat_statements.query, pg_stat_statements.plans, pg_stat_statements.total_plan_time, pg_stat_statements.min_plan_time, pg_stat_statements.max_plan_time, pg_stat_statements.mean_plan_time, pg_stat_statements.stddev_plan_time, pg_stat_statements.calls, pg_stat_statements.total_exec_time, pg_stat_statements.min_exec_time, pg_stat_statements.max_exec_time, pg_stat_statements.mean_exec_time, pg_stat_statements.stddev_exec_time, pg_stat_statements.rows, pg_stat_statements.shared_blks_hit, pg_stat_statements.shared_blks_read, pg_stat_statements.shared_blks_dirtied, pg_stat_statements.shared_blks_written, pg_stat_statements.local_blks_hit, pg_stat_statements.local_blks_read, pg_stat_statements.local_blks_dirtied, pg_stat_statements.local_blks_written, pg_stat_statements.temp_blks_read, pg_stat_statements.temp_blks_written, pg_stat_statements.blk_read_time, pg_stat_statements.blk_write_time, pg_stat_statements.temp_blk_read_time, pg_stat_statements.temp_blk_write_time, pg_stat_statements.wal_records, pg_stat_statements.wal_fpi, pg_stat_statements.wal_bytes, pg_stat_statements.jit_functions, pg_stat_statements.jit_generation_time, pg_stat_statements.jit_inlining_count, pg_stat_statements.jit_inlining_time, pg_stat_statements.jit_optimization_count, pg_stat_statements.jit_optimization_time, pg_stat_statements.jit_emission_count, pg_stat_statements.jit_emission_time FROM pg_stat_statements(true) pg_stat_statements(userid, dbid, toplevel, queryid, query, plans, total_plan_time, min_plan_time, max_plan_time, mean_plan_time, stddev_plan_time, calls, total_exec_time, min_exec_time, max_exec_time, mean_exec_time, stddev_exec_time, rows, shared_blks_hit, shared_blks_read, shared_blks_dirtied, shared_blks_written, local_blks_hit, local_blks_read, local_blks_dirtied, local_blks_written, temp_blks_read, temp_blks_written, blk_read_time, blk_write_time, temp_blk_read_time, temp_blk_write_time, wal_records, wal_fpi, wal_bytes, jit_functions, jit_generation_time, jit_inlining_count, jit_inlining_time, jit_optimization_count, jit_optimization_time, jit_emission_count, jit_emission_time)`);

export const pgStatStatementsInfo = pgView("pg_stat_statements_info", {	dealloc: bigint({ mode: 'number' }),
	statsReset: timestamp("stats_reset", { withTimezone: true }),
}).as(sql`SELECT pg_stat_statements_info.dealloc, pg_stat_statements_info.stats_reset FROM pg_stat_statements_info() pg_stat_statements_info(dealloc, stats_reset)`);

export const userEmails = pgView("user_emails", {	email: customType({ dataType: () => 'citext' })(),
}).as(sql`SELECT users.email FROM users`);