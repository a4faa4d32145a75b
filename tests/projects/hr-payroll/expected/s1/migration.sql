CREATE SCHEMA "hr";
--> statement-breakpoint
CREATE SCHEMA "payroll";
--> statement-breakpoint
CREATE TYPE "hr"."employment_type" AS ENUM('full_time', 'part_time', 'contractor', 'intern');--> statement-breakpoint
CREATE TYPE "hr"."leave_kind" AS ENUM('vacation', 'sick', 'parental', 'unpaid');--> statement-breakpoint
CREATE TYPE "payroll"."pay_run_status" AS ENUM('draft', 'approved', 'paid');--> statement-breakpoint
CREATE TABLE "hr"."departments" (
	"department_id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "hr"."departments_department_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"department_name" varchar(100) NOT NULL UNIQUE,
	"cost_center_code" char(6) NOT NULL,
	"parent_department_id" integer
);
--> statement-breakpoint
CREATE TABLE "hr"."employees" (
	"employee_id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"employee_number" varchar(12) NOT NULL,
	"first_name" varchar(80) NOT NULL,
	"last_name" varchar(80) NOT NULL,
	"work_email" varchar(255) NOT NULL,
	"department_id" integer,
	"manager_id" uuid,
	"employment_type" "hr"."employment_type" DEFAULT 'full_time'::"hr"."employment_type" NOT NULL,
	"hire_date" date NOT NULL,
	"termination_date" date,
	"country_code" char(2) NOT NULL,
	"notes" text
);
--> statement-breakpoint
CREATE TABLE "hr"."leave_requests" (
	"leave_request_id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "hr"."leave_requests_leave_request_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"employee_id" uuid NOT NULL,
	"leave_kind" "hr"."leave_kind" NOT NULL,
	"first_day" date NOT NULL,
	"last_day" date NOT NULL,
	"working_days" numeric(4,1) NOT NULL,
	"approver_comment" text,
	CONSTRAINT "leave_requests_range" CHECK ("last_day" >= "first_day")
);
--> statement-breakpoint
CREATE TABLE "hr"."salary_history" (
	"salary_history_id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "hr"."salary_history_salary_history_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"employee_id" uuid NOT NULL,
	"effective_from" date NOT NULL,
	"annual_salary" numeric(12,2) NOT NULL,
	"currency_code" char(3) DEFAULT 'EUR' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "payroll"."pay_runs" (
	"pay_run_id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "payroll"."pay_runs_pay_run_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"period_start" date NOT NULL,
	"period_end" date NOT NULL,
	"pay_date" date NOT NULL,
	"pay_run_status" "payroll"."pay_run_status" DEFAULT 'draft'::"payroll"."pay_run_status" NOT NULL,
	"approved_at" timestamp with time zone,
	CONSTRAINT "pay_runs_period" CHECK ("period_end" > "period_start")
);
--> statement-breakpoint
CREATE TABLE "payroll"."payslips" (
	"payslip_id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "payroll"."payslips_payslip_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"pay_run_id" integer NOT NULL,
	"employee_id" uuid NOT NULL,
	"currency_code" char(3) NOT NULL,
	"gross_amount" numeric(14,2) NOT NULL,
	"tax_amount" numeric(14,2) NOT NULL,
	"deductions_amount" numeric(14,2) DEFAULT '0' NOT NULL,
	"net_amount" numeric(14,2) GENERATED ALWAYS AS (gross_amount - tax_amount - deductions_amount) STORED,
	CONSTRAINT "payslips_non_negative" CHECK ("gross_amount" >= 0 and "tax_amount" >= 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX "employees_number_uidx" ON "hr"."employees" ("employee_number");--> statement-breakpoint
CREATE UNIQUE INDEX "employees_work_email_uidx" ON "hr"."employees" (lower("work_email"));--> statement-breakpoint
CREATE INDEX "payslips_employee_idx" ON "payroll"."payslips" ("employee_id");--> statement-breakpoint
ALTER TABLE "hr"."departments" ADD CONSTRAINT "departments_parent_department_id_departments_department_id_fkey" FOREIGN KEY ("parent_department_id") REFERENCES "hr"."departments"("department_id");--> statement-breakpoint
ALTER TABLE "hr"."employees" ADD CONSTRAINT "employees_department_id_departments_department_id_fkey" FOREIGN KEY ("department_id") REFERENCES "hr"."departments"("department_id");--> statement-breakpoint
ALTER TABLE "hr"."employees" ADD CONSTRAINT "employees_manager_id_employees_employee_id_fkey" FOREIGN KEY ("manager_id") REFERENCES "hr"."employees"("employee_id");--> statement-breakpoint
ALTER TABLE "hr"."leave_requests" ADD CONSTRAINT "leave_requests_employee_id_employees_employee_id_fkey" FOREIGN KEY ("employee_id") REFERENCES "hr"."employees"("employee_id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "hr"."salary_history" ADD CONSTRAINT "salary_history_employee_id_employees_employee_id_fkey" FOREIGN KEY ("employee_id") REFERENCES "hr"."employees"("employee_id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "payroll"."payslips" ADD CONSTRAINT "payslips_pay_run_id_pay_runs_pay_run_id_fkey" FOREIGN KEY ("pay_run_id") REFERENCES "payroll"."pay_runs"("pay_run_id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "payroll"."payslips" ADD CONSTRAINT "payslips_employee_id_employees_employee_id_fkey" FOREIGN KEY ("employee_id") REFERENCES "hr"."employees"("employee_id");