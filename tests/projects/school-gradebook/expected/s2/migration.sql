ALTER TYPE "attendance_mark" RENAME TO "attendance_status";--> statement-breakpoint
ALTER TYPE "attendance_status" ADD VALUE 'remote' BEFORE 'absent';--> statement-breakpoint
ALTER TABLE "grades" DROP CONSTRAINT "grades_score_not_blank";--> statement-breakpoint
ALTER TABLE "assessments" ALTER COLUMN "max_score" SET DATA TYPE numeric(6,2) USING "max_score"::numeric(6,2);--> statement-breakpoint
ALTER TABLE "assessments" ALTER COLUMN "weight" SET DATA TYPE real USING "weight"::real;--> statement-breakpoint
ALTER TABLE "assessments" ALTER COLUMN "weight" SET DEFAULT 1;--> statement-breakpoint
ALTER TABLE "grades" ALTER COLUMN "score" SET DATA TYPE numeric(5,2) USING "score"::numeric(5,2);--> statement-breakpoint
ALTER TABLE "grades" ALTER COLUMN "graded_on" SET DATA TYPE timestamp with time zone USING "graded_on"::timestamp with time zone;--> statement-breakpoint
ALTER TABLE "students" ALTER COLUMN "year_group" SET DATA TYPE smallint USING "year_group"::smallint;--> statement-breakpoint
ALTER TABLE "students" ALTER COLUMN "year_group" SET DEFAULT 7;--> statement-breakpoint
ALTER TABLE "grades" ADD CONSTRAINT "grades_score_not_negative" CHECK ("score" >= 0);