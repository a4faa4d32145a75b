ALTER TABLE "assessments" ALTER COLUMN "kind" SET DATA TYPE text;--> statement-breakpoint
ALTER TABLE "assessments" ALTER COLUMN "kind" DROP DEFAULT;--> statement-breakpoint
DROP TYPE "assessment_kind";--> statement-breakpoint
CREATE TYPE "assessment_kind" AS ENUM('homework', 'quiz', 'test', 'exam', 'project');--> statement-breakpoint
ALTER TABLE "assessments" ALTER COLUMN "kind" SET DATA TYPE "assessment_kind" USING "kind"::"assessment_kind";--> statement-breakpoint
ALTER TABLE "assessments" ALTER COLUMN "kind" SET DEFAULT 'homework'::"assessment_kind";--> statement-breakpoint
ALTER TABLE "classes" ALTER COLUMN "term" SET DATA TYPE text;--> statement-breakpoint
ALTER TABLE "classes" ALTER COLUMN "term" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "classes" ALTER COLUMN "active_terms" SET DATA TYPE text[];--> statement-breakpoint
ALTER TABLE "classes" ALTER COLUMN "active_terms" DROP DEFAULT;--> statement-breakpoint
DROP TYPE "term";--> statement-breakpoint
CREATE TYPE "term" AS ENUM('autumn', 'spring');--> statement-breakpoint
ALTER TABLE "classes" ALTER COLUMN "term" SET DATA TYPE "term" USING "term"::"term";--> statement-breakpoint
ALTER TABLE "classes" ALTER COLUMN "term" SET DEFAULT 'autumn'::"term";--> statement-breakpoint
ALTER TABLE "classes" ALTER COLUMN "active_terms" SET DATA TYPE "term"[] USING "active_terms"::"term"[];--> statement-breakpoint
ALTER TABLE "classes" ALTER COLUMN "active_terms" SET DEFAULT '{autumn,spring}'::"term"[];--> statement-breakpoint
ALTER TABLE "classes" ALTER COLUMN "room" SET DATA TYPE integer USING "room"::integer;--> statement-breakpoint
ALTER TABLE "students" ALTER COLUMN "student_number" SET DATA TYPE varchar(8) USING "student_number"::varchar(8);