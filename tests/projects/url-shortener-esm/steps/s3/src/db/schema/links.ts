import { sql } from "drizzle-orm";
import { bigint, bigserial, boolean, index, integer, jsonb, pgTable, text, timestamp, unique, varchar } from "drizzle-orm/pg-core";
import { domains } from "./domains.js";
import { users } from "./users.js";

export const links = pgTable(
  "links",
  {
    id: bigserial({ mode: "number" }).primaryKey(),
    slug: varchar({ length: 32 }).notNull(),
    domainId: bigint({ mode: "number" }).references(() => domains.id, { onDelete: "set null" }),
    target: text().notNull(),
    ownerId: bigint({ mode: "number" }).references(() => users.id, { onDelete: "cascade" }),
    enabled: boolean().default(true).notNull(),
    password: text(),
    maxClicks: integer(),
    utm: jsonb().$type<{ source?: string; medium?: string; campaign?: string }>(),
    expiresAt: timestamp(),
    createdAt: timestamp().defaultNow().notNull(),
  },
  (t) => [
    unique("links_domain_slug_key").on(t.domainId, t.slug).nullsNotDistinct(),
    index("links_owner_idx").on(t.ownerId), index("links_expiring_idx").on(t.expiresAt).where(sql`"expiresAt" is not null`)],
);
