import { pgSchema, pgTable, serial, text, doublePrecision, timestamp, primaryKey, pgMaterializedView, integer } from "drizzle-orm/pg-core"
import { sql } from "drizzle-orm"

export const mv = pgSchema("mv");


export const metrics = pgTable("metrics", {
	id: serial().primaryKey(),
	name: text().notNull(),
	value: doublePrecision(),
	at: timestamp({ withTimezone: true }).default(sql`now()`),
});
export const latestInMv = mv.materializedView("latest", {	name: text(),
	value: doublePrecision(),
	at: timestamp({ withTimezone: true }),
}).as(sql`SELECT DISTINCT ON (metrics.name) metrics.name, metrics.value, metrics.at FROM metrics ORDER BY metrics.name, metrics.at DESC`);

export const vacuumOptsInMv = mv.materializedView("vacuum_opts", {	x: integer(),
}).with({"parallelWorkers":2,"vacuumTruncate":false,"autovacuumVacuumThreshold":100,"autovacuumVacuumScaleFactor":0.2,"logAutovacuumMinDuration":-1}).as(sql`SELECT 1 AS x`);

export const metricEmpty = pgMaterializedView("metric_empty", {	name: text(),
}).as(sql`SELECT metrics.name FROM metrics`);

export const metricOpts = pgMaterializedView("metric_opts", {	id: integer(),
	name: text(),
	value: doublePrecision(),
	at: timestamp({ withTimezone: true }),
}).with({"fillfactor":50,"toastTupleTarget":256,"autovacuumEnabled":false}).as(sql`SELECT metrics.id, metrics.name, metrics.value, metrics.at FROM metrics`);

export const metricTotals = pgMaterializedView("metric_totals", {	name: text(),
	total: doublePrecision(),
}).as(sql`SELECT metrics.name, sum(metrics.value) AS total FROM metrics GROUP BY metrics.name`);