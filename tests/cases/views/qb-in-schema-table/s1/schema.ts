import { eq } from "drizzle-orm";
import { boolean, integer, pgSchema, pgView, text } from "drizzle-orm/pg-core";

export const app = pgSchema("app");
export const accounts = app.table("accounts", { id: integer(), name: text(), enabled: boolean() });
export const enabledAccounts = pgView("enabled_accounts").as((qb) => qb.select({ id: accounts.id, name: accounts.name }).from(accounts).where(eq(accounts.enabled, true)));
