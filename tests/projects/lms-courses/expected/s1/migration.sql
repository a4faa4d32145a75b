CREATE TYPE "course_level" AS ENUM('beginner', 'intermediate', 'advanced');--> statement-breakpoint
CREATE TYPE "lesson_kind" AS ENUM('video', 'article', 'quiz');--> statement-breakpoint
CREATE TYPE "user_role" AS ENUM('student', 'instructor', 'admin');--> statement-breakpoint
CREATE TABLE "courses" (
	"id" text PRIMARY KEY,
	"instructor_id" text NOT NULL,
	"slug" varchar(120) NOT NULL,
	"title" text NOT NULL,
	"summary" text,
	"level" "course_level" DEFAULT 'beginner'::"course_level" NOT NULL,
	"price" numeric(8,2) DEFAULT '0' NOT NULL,
	"published" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "lessons" (
	"id" text PRIMARY KEY,
	"module_id" text NOT NULL,
	"kind" "lesson_kind" NOT NULL,
	"title" text NOT NULL,
	"video_url" text,
	"body" text,
	"duration_sec" integer,
	"position" integer NOT NULL,
	"free_preview" boolean DEFAULT false NOT NULL,
	CONSTRAINT "lessons_video_has_url" CHECK ("kind" <> 'video' or "video_url" is not null)
);
--> statement-breakpoint
CREATE TABLE "modules" (
	"id" text PRIMARY KEY,
	"course_id" text NOT NULL,
	"title" text NOT NULL,
	"position" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "enrollments" (
	"id" text PRIMARY KEY,
	"user_id" text NOT NULL,
	"course_id" text NOT NULL,
	"enrolled_at" timestamp with time zone DEFAULT now() NOT NULL,
	"completed_at" timestamp with time zone,
	"progress_pct" smallint DEFAULT 0 NOT NULL,
	CONSTRAINT "enrollments_progress" CHECK ("progress_pct" between 0 and 100)
);
--> statement-breakpoint
CREATE TABLE "lesson_progress" (
	"user_id" text,
	"lesson_id" text,
	"completed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "lesson_progress_pkey" PRIMARY KEY("user_id","lesson_id")
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" text PRIMARY KEY,
	"email" varchar(255) NOT NULL UNIQUE,
	"name" text NOT NULL,
	"role" "user_role" DEFAULT 'student'::"user_role" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "courses_slug_uidx" ON "courses" ("slug");--> statement-breakpoint
CREATE INDEX "courses_instructor_idx" ON "courses" ("instructor_id");--> statement-breakpoint
CREATE UNIQUE INDEX "modules_course_position_uidx" ON "modules" ("course_id","position");--> statement-breakpoint
CREATE INDEX "enrollments_user_idx" ON "enrollments" ("user_id");--> statement-breakpoint
ALTER TABLE "courses" ADD CONSTRAINT "courses_instructor_id_users_id_fkey" FOREIGN KEY ("instructor_id") REFERENCES "users"("id");--> statement-breakpoint
ALTER TABLE "lessons" ADD CONSTRAINT "lessons_module_id_modules_id_fkey" FOREIGN KEY ("module_id") REFERENCES "modules"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "modules" ADD CONSTRAINT "modules_course_id_courses_id_fkey" FOREIGN KEY ("course_id") REFERENCES "courses"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "enrollments" ADD CONSTRAINT "enrollments_user_id_users_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "enrollments" ADD CONSTRAINT "enrollments_course_id_courses_id_fkey" FOREIGN KEY ("course_id") REFERENCES "courses"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "lesson_progress" ADD CONSTRAINT "lesson_progress_user_id_users_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "lesson_progress" ADD CONSTRAINT "lesson_progress_lesson_id_lessons_id_fkey" FOREIGN KEY ("lesson_id") REFERENCES "lessons"("id") ON DELETE CASCADE;