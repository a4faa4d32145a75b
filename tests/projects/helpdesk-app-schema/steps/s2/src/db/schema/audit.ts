import { bigint, jsonb, text, timestamp } from "drizzle-orm/pg-core";
import { audit } from "./_schema";

export const auditAction = audit.enum("action", ["insert", "update", "delete"]);

export const ticketEvents = audit.table("ticket_events", {
  id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
  ticketId: bigint("ticket_id", { mode: "number" }).notNull(),
  action: auditAction("action").notNull(),
  actor: text("actor"),
  diff: jsonb("diff"),
  at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
});
