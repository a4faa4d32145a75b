import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  index,
  inet,
  integer,
  jsonb,
  pgTable,
  smallint,
  text,
  timestamp,
  uuid,
  varchar,
} from "drizzle-orm/pg-core";
import { sites } from "../core/sites";

export type EventProps = Record<string, string | number | boolean | null>;

export const sessions = pgTable(
  "sessions",
  {
    id: bigint("id", { mode: "bigint" }).primaryKey().generatedAlwaysAsIdentity(),
    siteId: uuid("site_id")
      .notNull()
      .references(() => sites.id, { onDelete: "cascade" }),
    visitorHash: varchar("visitor_hash", { length: 64 }).notNull(),
    startedAt: timestamp("started_at", { withTimezone: true, precision: 3 }).notNull(),
    endedAt: timestamp("ended_at", { withTimezone: true, precision: 3 }),
    entryPage: text("entry_page"),
    referrer: text("referrer"),
    utmSource: text("utm_source"),
    utmMedium: text("utm_medium"),
    utmCampaign: text("utm_campaign"),
    country: varchar("country", { length: 2 }),
    device: smallint("device"),
    pageviews: integer("pageviews").notNull().default(0),
    ip: inet("ip"),
    isBounce: boolean("is_bounce").generatedAlwaysAs(sql`pageviews <= 1`),
  },
  (t) => [
    index("sessions_site_started_idx").on(t.siteId, t.startedAt),
    index("sessions_open_idx").on(t.siteId).where(sql`${t.endedAt} is null`),
  ],
);

export const events = pgTable(
  "events",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity({ startWith: 1, cache: 100 }),
    siteId: uuid("site_id")
      .notNull()
      .references(() => sites.id, { onDelete: "cascade" }),
    sessionId: bigint("session_id", { mode: "bigint" }).references(() => sessions.id, { onDelete: "set null" }),
    name: varchar("name", { length: 120 }).notNull(),
    pathname: text("pathname").notNull(),
    properties: jsonb("properties").$type<EventProps>().notNull().default({}),
    revenueCents: bigint("revenue_cents", { mode: "number" }),
    occurredAt: timestamp("occurred_at", { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [
    index("events_site_time_idx").on(t.siteId, t.occurredAt.desc()),
    index("events_occurred_brin_idx").using("brin", t.occurredAt).with({ pages_per_range: 32 }),
    index("events_revenue_idx").on(t.siteId, t.occurredAt).where(sql`${t.revenueCents} is not null and ${t.revenueCents} > 0`),
    index("events_properties_idx").using("gin", t.properties.op("jsonb_path_ops")),
    index("events_custom_idx")
      .on(t.siteId, t.name, t.occurredAt)
      .where(sql`${t.name} <> 'pageview'`),
  ],
);
