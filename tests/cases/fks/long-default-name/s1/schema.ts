import { integer, pgTable } from "drizzle-orm/pg-core";

export const organizations = pgTable("organization_accounts", {
  organizationIdentifier: integer("organization_identifier").primaryKey(),
});

export const subscriptions = pgTable("subscription_records", {
  id: integer().primaryKey(),
  owningOrganizationIdentifier: integer("owning_organization_identifier").references(() => organizations.organizationIdentifier),
});
