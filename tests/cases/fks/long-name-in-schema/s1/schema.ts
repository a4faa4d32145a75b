import { integer, pgSchema } from "drizzle-orm/pg-core";

export const core = pgSchema("core");
export const audit = pgSchema("audit");

export const principals = core.table("security_principals", {
  principalIdentifier: integer("principal_identifier").primaryKey(),
});

export const trail = audit.table("access_trail", {
  id: integer().primaryKey(),
  actingPrincipalIdentifier: integer("acting_principal_identifier").references(() => principals.principalIdentifier, { onDelete: "cascade" }),
});
