import { sql } from "drizzle-orm";
import { check, index, pgEnum, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { contacts } from "./accounts";
import { auditColumns, pk } from "./common";
import { deals } from "./deals";

export const activityKind = pgEnum("activity_kind", ["call", "email", "meeting", "note", "task"]);

export const activities = pgTable(
  "activities",
  {
    id: pk(),
    kind: activityKind("kind").notNull(),
    subject: text("subject").notNull(),
    body: text("body"),
    contactId: uuid("contact_id").references(() => contacts.id, { onDelete: "cascade" }),
    dealId: uuid("deal_id").references(() => deals.id, { onDelete: "cascade" }),
    dueAt: timestamp("due_at", { mode: "string", withTimezone: true }),
    doneAt: timestamp("done_at", { mode: "string", withTimezone: true }),
    ...auditColumns,
  },
  (t) => [
    check("activities_has_target", sql`num_nonnulls(${t.contactId}, ${t.dealId}) >= 1`),
    index("activities_open_tasks_idx").on(t.dueAt).where(sql`${t.kind} = 'task' and ${t.doneAt} is null`),
  ],
);
