import { sql } from "drizzle-orm";
import { type AnyPgColumn, boolean, index, integer, pgTable, text, timestamp } from "drizzle-orm/pg-core";

export const departments = pgTable("departments", {
  id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
  name: text("name").notNull().unique(),
  costCenter: text("cost_center"),
});

export const employees = pgTable(
  "employees",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    departmentId: integer("department_id").references(() => departments.id, { onDelete: "set null" }),
    managerId: integer("manager_id").references((): AnyPgColumn => employees.id),
    fullName: text("full_name").notNull(),
    title: text("title"),
    email: text("email").notNull(),
    active: boolean("active").notNull().default(true),
    hiredAt: timestamp("hired_at", { mode: "string" }).notNull().default(sql`now()`),
  },
  (t) => [index("employees_manager_idx").on(t.managerId), index("employees_department_idx").on(t.departmentId)],
);
