import { sql } from "drizzle-orm";
import { check, date, integer, numeric, text, uuid } from "drizzle-orm/pg-core";
import { hr } from "../schemas";
import { employees } from "./employees";

export const leaveKind = hr.enum("leave_kind", ["vacation", "sick", "parental", "unpaid", "bereavement"]);

export const leaveRequests = hr.table(
  "leave_requests",
  {
    leaveRequestId: integer("leave_request_id").primaryKey().generatedAlwaysAsIdentity(),
    employeeId: uuid("employee_id")
      .notNull()
      .references(() => employees.employeeId, { onDelete: "cascade" }),
    leaveKind: leaveKind("leave_kind").notNull(),
    firstDay: date("first_day").notNull(),
    lastDay: date("last_day").notNull(),
    workingDays: numeric("working_days", { precision: 4, scale: 1 }).notNull(),
    approverComment: text("approver_comment"),
  },
  (t) => [check("leave_requests_range", sql`${t.lastDay} >= ${t.firstDay}`)],
);
