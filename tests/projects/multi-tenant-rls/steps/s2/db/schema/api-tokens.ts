import { sql } from "drizzle-orm";
import { index, pgPolicy, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { organizations } from "./organizations";
import { appUser } from "./roles";
import { currentOrg, organizationId } from "./tenancy";

export const apiTokens = pgTable.withRLS(
  "api_tokens",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organizationId: organizationId().references(() => organizations.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    tokenHash: text("token_hash").notNull().unique(),
    scopes: text("scopes").array().notNull(),
    lastUsedAt: timestamp("last_used_at", { withTimezone: true }),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
  },
  (t) => [
    index("api_tokens_org_idx").on(t.organizationId),
    pgPolicy("api_tokens_read", { for: "select", to: appUser, using: sql`${t.organizationId} = ${currentOrg}` }),
    pgPolicy("api_tokens_insert", { for: "insert", to: appUser, withCheck: sql`${t.organizationId} = ${currentOrg}` }),
    pgPolicy("api_tokens_revoke", {
      for: "update",
      to: appUser,
      using: sql`${t.organizationId} = ${currentOrg} and ${t.revokedAt} is null`,
    }),
  ],
);
