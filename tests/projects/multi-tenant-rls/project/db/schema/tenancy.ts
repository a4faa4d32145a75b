import { sql } from "drizzle-orm";
import { type PgColumn, pgPolicy, uuid } from "drizzle-orm/pg-core";
import { appUser } from "./roles";

/** `organization_id` column: every tenant-scoped table has one. */
export const organizationId = () =>
  uuid("organization_id")
    .notNull()
    .default(sql`(current_setting('app.current_org', true))::uuid`);

export const currentOrg = sql`(current_setting('app.current_org', true))::uuid`;

/** The standard isolation policy: app_user sees and writes only its organization's rows. */
export const tenantIsolation = (name: string, column: PgColumn) =>
  pgPolicy(`${name}_tenant_isolation`, {
    as: "permissive",
    for: "all",
    to: appUser,
    using: sql`${column} = ${currentOrg}`,
    withCheck: sql`${column} = ${currentOrg}`,
  });
