ALTER TYPE "equipment" RENAME TO "equipment_type";--> statement-breakpoint
ALTER TYPE "equipment_type" ADD VALUE 'kettlebell' BEFORE 'machine';--> statement-breakpoint
ALTER TYPE "weight_unit" ADD VALUE 'st';--> statement-breakpoint
ALTER TABLE "workout_sets" ADD COLUMN "rest_seconds" smallint DEFAULT 90;--> statement-breakpoint
ALTER TABLE "exercises" ALTER COLUMN "equipment" SET DEFAULT 'bodyweight'::"equipment_type";--> statement-breakpoint
ALTER TABLE "exercises" ALTER COLUMN "created_by" SET DATA TYPE bigint USING "created_by"::bigint;--> statement-breakpoint
ALTER TABLE "users" ALTER COLUMN "id" SET DATA TYPE bigint USING "id"::bigint;--> statement-breakpoint
ALTER TABLE "users" ALTER COLUMN "id" SET MAXVALUE 9223372036854775807;--> statement-breakpoint
ALTER TABLE "users" ALTER COLUMN "id" SET START WITH 1000;--> statement-breakpoint
ALTER TABLE "workouts" ALTER COLUMN "user_id" SET DATA TYPE bigint USING "user_id"::bigint;