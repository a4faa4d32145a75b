import { sql } from "drizzle-orm";
import { bigint, date, integer, pgMaterializedView, pgTable, primaryKey, text, uuid } from "drizzle-orm/pg-core";
import { sites } from "../core/sites";
import { events } from "../tracking/events";

export const dailyStats = pgTable(
  "daily_stats",
  {
    siteId: uuid("site_id")
      .notNull()
      .references(() => sites.id, { onDelete: "cascade" }),
    day: date("day", { mode: "string" }).notNull(),
    pathname: text("pathname").notNull().default("*"),
    visitors: integer("visitors").notNull().default(0),
    pageviews: bigint("pageviews", { mode: "number" }).notNull().default(0),
  },
  (t) => [primaryKey({ name: "daily_stats_pk", columns: [t.siteId, t.day, t.pathname] })],
);

export const hourlyEvents = pgMaterializedView("hourly_events")
  .with({ fillfactor: 100 })
  .withNoData()
  .as((qb) =>
    qb
      .select({
        siteId: events.siteId,
        hour: sql<string>`date_trunc('hour', ${events.occurredAt})`.as("hour"),
        name: events.name,
        total: sql<number>`count(*)`.as("total"),
      })
      .from(events)
      .groupBy(events.siteId, sql`2`, events.name),
  );
