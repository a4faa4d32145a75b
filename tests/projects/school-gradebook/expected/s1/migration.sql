CREATE TYPE "assessment_kind" AS ENUM('homework', 'quiz', 'test', 'project', 'exam');--> statement-breakpoint
CREATE TYPE "attendance_mark" AS ENUM('present', 'absent', 'late', 'excused');--> statement-breakpoint
CREATE TYPE "term" AS ENUM('autumn', 'spring', 'summer');--> statement-breakpoint
CREATE TABLE "assessments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"class_id" uuid NOT NULL,
	"kind" "assessment_kind" DEFAULT 'homework'::"assessment_kind" NOT NULL,
	"title" text NOT NULL,
	"max_score" varchar(6) DEFAULT '100' NOT NULL,
	"weight" text DEFAULT '1.0',
	"due_on" date
);
--> statement-breakpoint
CREATE TABLE "attendance" (
	"class_id" uuid,
	"student_id" uuid,
	"day" date,
	"mark" "attendance_mark" DEFAULT 'present'::"attendance_mark" NOT NULL,
	"minutes_late" integer,
	CONSTRAINT "attendance_pkey" PRIMARY KEY("class_id","student_id","day")
);
--> statement-breakpoint
CREATE TABLE "classes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"code" varchar(12) NOT NULL,
	"subject" text NOT NULL,
	"term" "term" DEFAULT 'autumn'::"term" NOT NULL,
	"active_terms" "term"[] DEFAULT '{autumn,spring}'::"term"[] NOT NULL,
	"room" varchar(8)
);
--> statement-breakpoint
CREATE TABLE "enrollments" (
	"class_id" uuid,
	"student_id" uuid,
	"seat" smallint,
	CONSTRAINT "enrollments_pkey" PRIMARY KEY("class_id","student_id")
);
--> statement-breakpoint
CREATE TABLE "grades" (
	"assessment_id" uuid,
	"student_id" uuid,
	"score" text,
	"comment" text,
	"graded_on" date DEFAULT now(),
	CONSTRAINT "grades_pkey" PRIMARY KEY("assessment_id","student_id"),
	CONSTRAINT "grades_score_not_blank" CHECK ("score" <> '')
);
--> statement-breakpoint
CREATE TABLE "students" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"given_name" text NOT NULL,
	"family_name" text NOT NULL,
	"year_group" text DEFAULT '7' NOT NULL,
	"student_number" varchar(10) NOT NULL,
	"enrolled_on" date DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "assessments_class_kind_idx" ON "assessments" ("class_id","kind");--> statement-breakpoint
CREATE UNIQUE INDEX "classes_code_term_idx" ON "classes" ("code","term");--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_class_id_classes_id_fkey" FOREIGN KEY ("class_id") REFERENCES "classes"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "attendance" ADD CONSTRAINT "attendance_class_id_classes_id_fkey" FOREIGN KEY ("class_id") REFERENCES "classes"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "attendance" ADD CONSTRAINT "attendance_student_id_students_id_fkey" FOREIGN KEY ("student_id") REFERENCES "students"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "enrollments" ADD CONSTRAINT "enrollments_class_id_classes_id_fkey" FOREIGN KEY ("class_id") REFERENCES "classes"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "enrollments" ADD CONSTRAINT "enrollments_student_id_students_id_fkey" FOREIGN KEY ("student_id") REFERENCES "students"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "grades" ADD CONSTRAINT "grades_assessment_id_assessments_id_fkey" FOREIGN KEY ("assessment_id") REFERENCES "assessments"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "grades" ADD CONSTRAINT "grades_student_id_students_id_fkey" FOREIGN KEY ("student_id") REFERENCES "students"("id") ON DELETE CASCADE;