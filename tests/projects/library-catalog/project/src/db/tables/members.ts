import { sql } from "drizzle-orm";
import { date, index, integer, pgTable, serial, text, timestamp, uniqueIndex, varchar } from "drizzle-orm/pg-core";
import type { InferInsertModel, InferSelectModel } from "drizzle-orm";
import branches from "@db/tables/branches.js";
import { loans } from "./loans.js";

export const members = pgTable(
  "members",
  {
    id: serial().primaryKey(),
    cardNumber: varchar("card_number", { length: 16 }).notNull(),
    fullName: text("full_name").notNull(),
    email: varchar({ length: 255 }),
    homeBranchId: integer("home_branch_id").references(() => branches.id),
    // the last loan this member opened (circular with loans.member_id)
    lastLoanId: integer("last_loan_id").references((): any => loans.id, { onDelete: "set null" }),
    birthDate: date("birth_date"),
    joinedAt: timestamp("joined_at").notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("members_card_number_idx").on(t.cardNumber),
    index("members_email_idx").on(sql`lower(${t.email})`),
    index("members_home_branch_idx").on(t.homeBranchId),
  ],
);

export type Member = InferSelectModel<typeof members>;
export type NewMember = InferInsertModel<typeof members>;
