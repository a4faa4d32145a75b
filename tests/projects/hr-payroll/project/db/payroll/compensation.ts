import { char, date, integer, numeric, uuid } from "drizzle-orm/pg-core";
import { employees } from "../hr/employees";
import { hr } from "../schemas";

// Lives in hr for now; payroll owns it from s3 on.
export const salaryHistory = hr.table("salary_history", {
  salaryHistoryId: integer("salary_history_id").primaryKey().generatedAlwaysAsIdentity(),
  employeeId: uuid("employee_id")
    .notNull()
    .references(() => employees.employeeId, { onDelete: "cascade" }),
  effectiveFrom: date("effective_from").notNull(),
  annualSalary: numeric("annual_salary", { precision: 12, scale: 2, mode: "number" }).notNull(),
  currencyCode: char("currency_code", { length: 3 }).notNull().default("EUR"),
});
