import { date, integer, pgEnum, pgTable, serial, timestamp } from "drizzle-orm/pg-core";
import { copies } from "./catalog.js";
import { members } from "./members.js";

export const loanStatus = pgEnum("loan_status", ["active", "returned", "overdue", "lost"]);

export const loans = pgTable("loans", {
  id: serial().primaryKey(),
  copyId: integer("copy_id").notNull().references(() => copies.id),
  memberId: integer("member_id")
    .notNull()
    .references(() => members.id, { onDelete: "cascade" }),
  status: loanStatus().notNull().default("active"),
  loanedAt: timestamp("loaned_at").notNull().defaultNow(),
  dueOn: date("due_on").notNull(),
  returnedAt: timestamp("returned_at"),
  renewedBy: integer("renewed_by"),
});
