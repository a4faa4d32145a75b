import { sql } from "drizzle-orm";
import { index, pgPolicy, pgTable, text, timestamp, uniqueIndex, uuid, varchar } from "drizzle-orm/pg-core";
import { appUser, supportReader } from "./roles";
import { currentOrg, organizationId, tenantIsolation } from "./tenancy";

export const organizations = pgTable.withRLS(
  "organizations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    name: text("name").notNull(),
    slug: varchar("slug", { length: 64 }).notNull(),
    plan: text("plan").notNull().default("free"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("organizations_slug_uidx").on(t.slug),
    pgPolicy("organizations_self", { for: "select", to: appUser, using: sql`${t.id} = ${currentOrg}` }),
    pgPolicy("organizations_support_read", { for: "select", to: supportReader, using: sql`true` }),
  ],
);

export const memberships = pgTable.withRLS(
  "memberships",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organizationId: organizationId().references(() => organizations.id, { onDelete: "cascade" }),
    userId: uuid("user_id").notNull(),
    role: text("role").notNull().default("member"),
    invitedAt: timestamp("invited_at", { withTimezone: true }),
    joinedAt: timestamp("joined_at", { withTimezone: true }).defaultNow(),
  },
  (t) => [
    uniqueIndex("memberships_org_user_uidx").on(t.organizationId, t.userId),
    index("memberships_user_idx").on(t.userId),
    tenantIsolation("memberships", t.organizationId),
  ],
);
