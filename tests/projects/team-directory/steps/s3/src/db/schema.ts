import { eq, getTableColumns, sql } from "drizzle-orm";
import { alias, type AnyPgColumn, boolean, index, integer, pgTable, pgView, text, timestamp } from "drizzle-orm/pg-core";

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
    location: text("location"),
    email: text("email").notNull(),
    active: boolean("active").notNull().default(true),
    hiredAt: timestamp("hired_at", { mode: "string" }).notNull().default(sql`now()`),
  },
  (t) => [index("employees_manager_idx").on(t.managerId), index("employees_department_idx").on(t.departmentId)],
);

const manager = alias(employees, "manager");

/** Org chart rows: every employee with the name of their manager (self-join through an alias). */
export const orgChart = pgView("org_chart").as((qb) =>
  qb
    .select({
      ...getTableColumns(employees),
      managerName: sql<string | null>`${manager.fullName}`.as("manager_name"),
    })
    .from(employees)
    .leftJoin(manager, eq(manager.id, employees.managerId))
    .where(eq(employees.active, true)),
);

/** Head count per department, through a CTE of the active employees. */
export const departmentHeadcount = pgView("department_headcount").as((qb) => {
  const active = qb.$with("active_employees").as(
    qb.select({ departmentId: employees.departmentId }).from(employees).where(eq(employees.active, true)),
  );
  return qb
    .with(active)
    .select({ departmentId: active.departmentId, headcount: sql<number>`count(*)`.as("headcount") })
    .from(active)
    .groupBy(active.departmentId);
});
