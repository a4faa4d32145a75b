import { date, integer, pgEnum, pgTable, serial, timestamp } from "drizzle-orm/pg-core";
import { copies } from "./catalog.js";
import { patrons } from "./members.js";

export const loanStatus = pgEnum("loan_status", ["active", "returned", "overdue", "lost"]);

export const loans = pgTable("loans", {
  id: serial().primaryKey(),
  copyId: integer("copy_id").notNull().references(() => copies.id),
  patronId: integer("patron_id")
    .notNull()
    .references(() => patrons.id, { onDelete: "cascade" }),
  status: loanStatus().notNull().default("active"),
  loanedAt: timestamp("loaned_at").notNull().defaultNow(),
  dueOn: date("due_on").notNull(),
  returnedAt: timestamp("returned_at"),
  renewedByPatronId: integer("renewed_by_patron_id").references(() => patrons.id),
});
