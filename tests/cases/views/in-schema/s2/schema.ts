import { sql } from "drizzle-orm";
import { integer, pgSchema, pgTable, text } from "drizzle-orm/pg-core";

export const analytics = pgSchema("analytics");
export const events = pgTable("events", { id: integer(), kind: text() });
export const clicks = analytics.view("clicks").as((qb) => qb.select({ id: events.id }).from(events));
export const counts = analytics.materializedView("counts", { kind: text(), n: integer() }).with({ fillfactor: 60 }).as(sql`select kind, count(*)::int as n from events group by kind`);
export const secure = analytics.view("secure", { id: integer() }).with({ securityInvoker: false }).as(sql`select id from events`);
