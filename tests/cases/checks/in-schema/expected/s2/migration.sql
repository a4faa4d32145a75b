ALTER TABLE "hr"."staff" DROP CONSTRAINT "staff_salary";--> statement-breakpoint
ALTER TABLE "hr"."staff" DROP CONSTRAINT "staff_age", ADD CONSTRAINT "staff_age" CHECK ("age" >= 16);