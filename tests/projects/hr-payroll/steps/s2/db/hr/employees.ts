import { sql } from "drizzle-orm";
import { type AnyPgColumn, char, date, integer, numeric, text, uniqueIndex, uuid, varchar } from "drizzle-orm/pg-core";
import { hr } from "../schemas";

export const employmentType = hr.enum("employment_type", ["full_time", "part_time", "contractor", "intern"]);

export const departments = hr.table("departments", {
  departmentId: integer("department_id").primaryKey().generatedAlwaysAsIdentity(),
  departmentName: varchar("department_name", { length: 100 }).notNull().unique(),
  costCenterCode: char("cost_center_code", { length: 6 }).notNull(),
  parentDepartmentId: integer("parent_department_id").references((): AnyPgColumn => departments.departmentId),
});

export const employees = hr.table(
  "employees",
  {
    employeeId: uuid("employee_id").primaryKey().defaultRandom(),
    employeeNumber: varchar("employee_number", { length: 12 }).notNull(),
    firstName: varchar("first_name", { length: 80 }).notNull(),
    lastName: varchar("last_name", { length: 80 }).notNull(),
    workEmail: varchar("work_email", { length: 255 }).notNull(),
    departmentId: integer("department_id").references(() => departments.departmentId),
    managerId: uuid("manager_id").references((): AnyPgColumn => employees.employeeId),
    employmentType: employmentType("employment_type").notNull().default("full_time"),
    hireDate: date("hire_date").notNull(),
    terminationDate: date("termination_date"),
    countryCode: char("country_code", { length: 2 }).notNull().default("DE"),
    weeklyHours: numeric("weekly_hours", { precision: 4, scale: 1 }).notNull().default("40.0"),
    preferredName: varchar("preferred_name", { length: 80 }),
    notes: text("notes"),
  },
  (t) => [
    uniqueIndex("employees_number_uidx").on(t.employeeNumber),
    uniqueIndex("employees_work_email_uidx").on(sql`lower(${t.workEmail})`),
  ],
);
