CREATE TYPE "equipment" AS ENUM('barbell', 'dumbbell', 'machine', 'cable', 'bodyweight');--> statement-breakpoint
CREATE TYPE "muscle_group" AS ENUM('chest', 'back', 'legs', 'shoulders', 'arms', 'core');--> statement-breakpoint
CREATE TYPE "weight_unit" AS ENUM('kg', 'lb');--> statement-breakpoint
CREATE TABLE "exercises" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "exercises_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"name" varchar(80) NOT NULL,
	"slug" varchar(80) NOT NULL CONSTRAINT "exercises_slug_key" UNIQUE,
	"primary_muscle" "muscle_group" NOT NULL,
	"secondary_muscles" "muscle_group"[] DEFAULT '{}'::"muscle_group"[] NOT NULL,
	"equipment" "equipment" DEFAULT 'barbell'::"equipment" NOT NULL,
	"difficulty" text DEFAULT '3' NOT NULL,
	"instructions" text,
	"created_by" integer
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "users_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"email" varchar(255) NOT NULL UNIQUE,
	"display_name" varchar(60) NOT NULL,
	"preferred_unit" "weight_unit" DEFAULT 'kg'::"weight_unit" NOT NULL,
	"bodyweight_kg" text,
	"is_coach" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "workout_sets" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "workout_sets_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"workout_id" integer NOT NULL,
	"exercise_id" integer NOT NULL,
	"position" smallint NOT NULL,
	"reps" smallint,
	"weight" numeric(6,2),
	"unit" "weight_unit" DEFAULT 'kg'::"weight_unit" NOT NULL,
	"rpe" numeric(3,1),
	"tempo" text,
	CONSTRAINT "workout_sets_rpe_range" CHECK ("rpe" between 1 and 10)
);
--> statement-breakpoint
CREATE TABLE "workouts" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "workouts_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"user_id" integer NOT NULL,
	"title" varchar(100) DEFAULT 'Workout' NOT NULL,
	"notes" varchar(500),
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
CREATE INDEX "exercises_primary_muscle_idx" ON "exercises" ("primary_muscle");--> statement-breakpoint
CREATE INDEX "workout_sets_workout_idx" ON "workout_sets" ("workout_id","position");--> statement-breakpoint
CREATE INDEX "workouts_user_started_idx" ON "workouts" ("user_id","started_at" DESC NULLS LAST);--> statement-breakpoint
ALTER TABLE "exercises" ADD CONSTRAINT "exercises_created_by_users_id_fkey" FOREIGN KEY ("created_by") REFERENCES "users"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "workout_sets" ADD CONSTRAINT "workout_sets_workout_id_workouts_id_fkey" FOREIGN KEY ("workout_id") REFERENCES "workouts"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "workout_sets" ADD CONSTRAINT "workout_sets_exercise_id_exercises_id_fkey" FOREIGN KEY ("exercise_id") REFERENCES "exercises"("id");--> statement-breakpoint
ALTER TABLE "workouts" ADD CONSTRAINT "workouts_user_id_users_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE;