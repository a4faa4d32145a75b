import { sql } from "drizzle-orm";
import { char, check, date, index, integer, numeric, timestamp, uuid } from "drizzle-orm/pg-core";
import { employees } from "../hr/employees";
import { payroll } from "../schemas";

export const payRunStatus = payroll.enum("pay_run_status", ["draft", "approved", "paid"]);

export const payRuns = payroll.table(
  "pay_runs",
  {
    payRunId: integer("pay_run_id").primaryKey().generatedAlwaysAsIdentity(),
    periodStart: date("period_start").notNull(),
    periodEnd: date("period_end").notNull(),
    payDate: date("pay_date").notNull(),
    payRunStatus: payRunStatus("pay_run_status").notNull().default("draft"),
    approvedAt: timestamp("approved_at", { withTimezone: true }),
  },
  (t) => [check("pay_runs_period", sql`${t.periodEnd} > ${t.periodStart}`)],
);

export const payslips = payroll.table(
  "payslips",
  {
    payslipId: integer("payslip_id").primaryKey().generatedAlwaysAsIdentity(),
    payRunId: integer("pay_run_id")
      .notNull()
      .references(() => payRuns.payRunId, { onDelete: "cascade" }),
    employeeId: uuid("employee_id")
      .notNull()
      .references(() => employees.employeeId),
    currencyCode: char("currency_code", { length: 3 }).notNull(),
    grossAmount: numeric("gross_amount", { precision: 14, scale: 2 }).notNull(),
    taxAmount: numeric("tax_amount", { precision: 14, scale: 2 }).notNull(),
    deductionsAmount: numeric("deductions_amount", { precision: 14, scale: 2 }).notNull().default("0"),
    netAmount: numeric("net_amount", { precision: 14, scale: 2 }).generatedAlwaysAs(
      sql`gross_amount - tax_amount - deductions_amount`,
    ),
  },
  (t) => [
    index("payslips_employee_idx").on(t.employeeId),
    check("payslips_non_negative", sql`${t.grossAmount} >= 0 and ${t.taxAmount} >= 0`),
  ],
);
