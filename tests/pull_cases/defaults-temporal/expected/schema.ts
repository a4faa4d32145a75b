import { pgTable, serial, date, time, timestamp, interval, primaryKey } from "drizzle-orm/pg-core"
import { sql } from "drizzle-orm"



export const events = pgTable("events", {
	id: serial().primaryKey(),
	dNow: date("d_now").default(sql`now()`),
	dCurrent: date("d_current").default(sql`CURRENT_DATE`),
	dLiteral: date("d_literal").default('2024-02-29'),
	tCurrent: time("t_current").default(sql`CURRENT_TIME`),
	tLiteral: time("t_literal").default('12:34:56'),
	tLiteralP: time("t_literal_p", { precision: 3 }).default('12:34:56.789'),
	ttzLiteral: time("ttz_literal", { withTimezone: true }).default('12:00:00+02'),
	tsNow: timestamp("ts_now").default(sql`now()`),
	tsCurrent: timestamp("ts_current", { precision: 3 }).default(sql`CURRENT_TIMESTAMP(3)`),
	tsLocal: timestamp("ts_local").default(sql`LOCALTIMESTAMP`),
	tsLiteral: timestamp("ts_literal").default(new Date('2020-01-01T00:00:00Z')),
	tsLiteralP: timestamp("ts_literal_p", { precision: 6 }).default(new Date('2020-01-01T12:30:45.123456Z')),
	tsUtc: timestamp("ts_utc").default(sql`(now() AT TIME ZONE 'utc'::text)`),
	tstzNow: timestamp("tstz_now", { withTimezone: true }).default(sql`now()`),
	tstzLiteral: timestamp("tstz_literal", { withTimezone: true }).default(new Date('2020-01-01 00:00:00+00')),
	tstzInfinity: timestamp("tstz_infinity", { withTimezone: true }).default(sql`'infinity'`),
	tstzExpr: timestamp("tstz_expr", { withTimezone: true }).default(sql`(now() + '1 day'::interval)`),
	iLiteral: interval("i_literal").default("1 day"),
	iMixed: interval("i_mixed").default("1 year 2 mons 3 days 04:05:06"),
	iFields: interval("i_fields", { fields: 'hour to minute' }).default("02:00:00"),
	iFunc: interval("i_func").default("make_interval(days => 3)"),
});
