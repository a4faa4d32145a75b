import { sql } from "drizzle-orm";
import { check, index, integer, pgEnum, pgPolicy, pgRole, pgSequence, pgTable, pgView, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";

export const kind = pgEnum("kind", ["a", "b"]);
export const seq = pgSequence("ticket_seq", { startWith: 10 });
export const staff = pgRole("staff", { inherit: false });
export const users = pgTable("users", { id: integer().primaryKey(), email: text().notNull().unique() });
export const tickets = pgTable("tickets", {
  id: integer().primaryKey().generatedByDefaultAsIdentity(),
  ownerId: integer("owner_id").notNull().references(() => users.id, { onDelete: "cascade" }),
  kind: kind().notNull(),
  title: text().notNull(),
  createdAt: timestamp("created_at").defaultNow(),
}, (t) => [
  index().on(t.ownerId),
  uniqueIndex("tickets_title_lower").on(sql`lower(${t.title})`),
  check("tickets_title_len", sql`length(${t.title}) < 200`),
  pgPolicy("tickets_staff", { to: staff, using: sql`true` }),
]);
export const openTickets = pgView("open_tickets").as((qb) => qb.select({ id: tickets.id, title: tickets.title }).from(tickets));
