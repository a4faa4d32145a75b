import { pgRole } from "drizzle-orm/pg-core";

/** The role the API connects as. Every tenant-scoped table is filtered for it. */
export const appUser = pgRole("app_user");

/** Support staff can read across tenants but never write. */
export const supportReader = pgRole("support_reader", { inherit: true });

/** Created by the platform team outside of migrations. */
export const platformAdmin = pgRole("platform_admin").existing();
