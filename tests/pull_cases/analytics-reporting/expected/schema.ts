import { pgSchema, pgTable, serial, bigserial, jsonb, timestamp, integer, text, uuid, numeric, date, index, foreignKey, primaryKey, unique, pgView, pgMaterializedView, bigint } from "drizzle-orm/pg-core"
import { sql } from "drizzle-orm"

export const reporting = pgSchema("reporting");


export const events = pgTable("events", {
	id: bigserial({ mode: 'number' }).primaryKey(),
	siteId: integer("site_id").notNull(),
	sessionId: uuid("session_id").notNull(),
	kind: text().notNull(),
	path: text().notNull(),
	referrer: text(),
	durationMs: integer("duration_ms"),
	occurredAt: timestamp("occurred_at", { withTimezone: true }).default(sql`now()`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.siteId],
		foreignColumns: [sites.id],
		name: "events_site_id_fkey"
	}),
	index("events_site_time_idx").using("btree", table.siteId.asc().nullsLast(), table.occurredAt.asc().nullsLast()),
]);

export const eventsStaging = pgTable("events_staging", {
	payload: jsonb().notNull(),
	receivedAt: timestamp("received_at", { withTimezone: true }).default(sql`now()`).notNull(),
});

export const invoices = pgTable("invoices", {
	number: serial().primaryKey(),
	siteId: integer("site_id").notNull(),
	amount: numeric({ precision: 10, scale: 2 }).notNull(),
	issuedAt: date("issued_at").default(sql`CURRENT_DATE`).notNull(),
}, (table) => [
	foreignKey({
		columns: [table.siteId],
		foreignColumns: [sites.id],
		name: "invoices_site_id_fkey"
	}),
]);

export const sites = pgTable("sites", {
	id: serial().primaryKey(),
	domain: text().notNull(),
	ownerEmail: text("owner_email").notNull(),
}, (table) => [
	unique("sites_domain_key").on(table.domain),]);

export const snapshotsInReporting = reporting.table("snapshots", {
	id: serial().notNull(),
	takenAt: timestamp("taken_at", { withTimezone: true }).default(sql`now()`).notNull(),
	note: text(),
});
export const bigInvoices = pgView("big_invoices", {	number: integer(),
	siteId: integer("site_id"),
	amount: numeric({ precision: 10, scale: 2 }),
}).with({"checkOption":"local"}).as(sql`SELECT invoices.number, invoices.site_id, invoices.amount FROM invoices WHERE invoices.amount >= 1000::numeric`);

export const dailyStats = pgMaterializedView("daily_stats", {	siteId: integer("site_id"),
	day: date(),
	events: bigint({ mode: 'number' }),
	sessions: bigint({ mode: 'number' }),
	avgDuration: numeric("avg_duration", { precision: 10, scale: 1 }),
}).as(sql`SELECT events.site_id, date_trunc('day'::text, events.occurred_at)::date AS day, count(*) AS events, count(DISTINCT events.session_id) AS sessions, avg(events.duration_ms)::numeric(10,1) AS avg_duration FROM events GROUP BY events.site_id, (date_trunc('day'::text, events.occurred_at)::date)`);

export const recentInvoices = pgView("recent_invoices", {	number: integer(),
	domain: text(),
	amount: numeric({ precision: 10, scale: 2 }),
}).with({"securityInvoker":true}).as(sql`SELECT i.number, s.domain, i.amount FROM invoices i JOIN sites s ON s.id = i.site_id WHERE i.issued_at > (CURRENT_DATE - 30)`);

export const sessionPaths = pgView("session_paths", {	sessionId: uuid("session_id"),
	siteId: integer("site_id"),
	step: bigint({ mode: 'number' }),
	previousPath: text("previous_path"),
	path: text(),
}).as(sql`WITH ordered AS ( SELECT e.session_id, e.site_id, e.path, e.occurred_at, row_number() OVER (PARTITION BY e.session_id ORDER BY e.occurred_at) AS step, lag(e.path) OVER (PARTITION BY e.session_id ORDER BY e.occurred_at) AS previous_path FROM events e ) SELECT ordered.session_id, ordered.site_id, ordered.step, ordered.previous_path, ordered.path FROM ordered WHERE ordered.step <= 10`);

export const sitePageviews = pgView("site_pageviews", {	siteId: integer("site_id"),
	domain: text(),
	pageviews: bigint({ mode: 'number' }),
	lastSeen: timestamp("last_seen", { withTimezone: true }),
}).as(sql`SELECT s.id AS site_id, s.domain, count(e.id) AS pageviews, max(e.occurred_at) AS last_seen FROM sites s LEFT JOIN events e ON e.site_id = s.id AND e.kind = 'pageview'::text GROUP BY s.id, s.domain`);

export const siteRevenueInReporting = reporting.materializedView("site_revenue", {	domain: text(),
	revenue: numeric(),
}).with({"fillfactor":90}).as(sql`SELECT s.domain, sum(i.amount) AS revenue FROM sites s JOIN invoices i ON i.site_id = s.id GROUP BY s.domain`);

export const topPagesInReporting = reporting.view("top_pages", {	siteId: integer("site_id"),
	path: text(),
	hits: bigint({ mode: 'number' }),
	rank: bigint({ mode: 'number' }),
}).with({"securityBarrier":true}).as(sql`SELECT events.site_id, events.path, count(*) AS hits, rank() OVER (PARTITION BY events.site_id ORDER BY (count(*)) DESC) AS rank FROM events GROUP BY events.site_id, events.path`);