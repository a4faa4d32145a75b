ALTER TABLE "hr"."salary_history" SET SCHEMA "payroll";
