import { sql } from "drizzle-orm";
import { date, index, integer, pgTable, serial, text, timestamp, uniqueIndex, varchar } from "drizzle-orm/pg-core";
import type { InferInsertModel, InferSelectModel } from "drizzle-orm";
import branches from "@db/tables/branches.js";
import { loans } from "./loans.js";

export const patrons = pgTable(
  "patrons",
  {
    id: serial().primaryKey(),
    libraryCard: varchar("library_card", { length: 16 }).notNull(),
    name: text("name").notNull(),
    email: varchar({ length: 255 }),
    homeBranchId: integer("home_branch_id").references(() => branches.id),
    // the last loan this patron opened (circular with loans.member_id)
    lastLoanId: integer("last_loan_id").references((): any => loans.id, { onDelete: "set null" }),
    birthDate: date("birth_date"),
    joinedAt: timestamp("joined_at").notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("patrons_library_card_idx").on(t.libraryCard),
    index("patrons_email_idx").on(sql`lower(${t.email})`),
    index("patrons_home_branch_idx").on(t.homeBranchId),
  ],
);

export type Patron = InferSelectModel<typeof patrons>;
export type NewPatron = InferInsertModel<typeof patrons>;

/** @deprecated use `patrons` */
export { patrons as members };
