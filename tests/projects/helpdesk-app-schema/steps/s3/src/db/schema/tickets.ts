import { and, isNull, ne, sql } from "drizzle-orm";
import { bigint, boolean, index, integer, interval, text, timestamp, varchar } from "drizzle-orm/pg-core";
import { app } from "./_schema";
import { channel, ticketPriority, ticketStatus } from "./enums";
import { agents, customers } from "./people";

export const ticketNumber = app.sequence("ticket_number_seq", {
  startWith: 10000,
  increment: 1,
  minValue: 10000,
  cache: 20,
});

export const slaPolicies = app.table("sla_policies", {
  id: integer("id").primaryKey().generatedByDefaultAsIdentity(),
  name: text("name").notNull(),
  priority: ticketPriority("priority").notNull(),
  firstResponseWithin: interval("first_response_within").notNull(),
  resolveWithin: interval("resolve_within").notNull(),
});

export const tickets = app.table(
  "tickets",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    number: bigint("number", { mode: "number" })
      .notNull()
      .default(sql`nextval('helpdesk.ticket_number_seq')`),
    subject: varchar("subject", { length: 250 }).notNull(),
    status: ticketStatus("status").notNull().default("new"),
    priority: ticketPriority("priority").notNull().default("normal"),
    channel: channel("channel").notNull(),
    customerId: integer("customer_id")
      .notNull()
      .references(() => customers.id),
    assigneeId: integer("assignee_id").references(() => agents.id, { onDelete: "set null" }),
    slaPolicyId: integer("sla_policy_id").references(() => slaPolicies.id),
    firstResponseAt: timestamp("first_response_at", { withTimezone: true }),
    solvedAt: timestamp("solved_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("tickets_queue_idx").on(t.status, t.priority, t.createdAt),
    index("tickets_assignee_idx").on(t.assigneeId),
  ],
);

export const ticketMessages = app.table("ticket_messages", {
  id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
  ticketId: bigint("ticket_id", { mode: "number" })
    .notNull()
    .references(() => tickets.id, { onDelete: "cascade" }),
  authorAgentId: integer("author_agent_id").references(() => agents.id),
  body: text("body").notNull(),
  internal: boolean("internal").notNull().default(false),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

export const unassignedQueue = app.view("unassigned_queue").as((qb) =>
  qb
    .select({ id: tickets.id, number: tickets.number, subject: tickets.subject, priority: tickets.priority })
    .from(tickets)
    .where(and(isNull(tickets.assigneeId), ne(tickets.status, "closed"))),
);
