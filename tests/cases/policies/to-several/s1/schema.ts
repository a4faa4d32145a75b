import { sql } from "drizzle-orm";
import { integer, pgPolicy, pgRole, pgTable } from "drizzle-orm/pg-core";

export const auditor = pgRole("auditor");

export const ledger = pgTable("ledger", { id: integer() }, () => [
  pgPolicy("ledger_read", { for: "select", to: [auditor, "public", "reporting"], using: sql`true` }),
  pgPolicy("ledger_self", { to: "current_user", using: sql`true` }),
  pgPolicy("ledger_session", { to: ["session_user", "current_role"], using: sql`false` }),
]);
