ALTER TABLE "exercises" ALTER COLUMN "primary_muscle" SET DATA TYPE text;--> statement-breakpoint
ALTER TABLE "exercises" ALTER COLUMN "secondary_muscles" SET DATA TYPE text[];--> statement-breakpoint
ALTER TABLE "exercises" ALTER COLUMN "secondary_muscles" DROP DEFAULT;--> statement-breakpoint
DROP TYPE "muscle_group";--> statement-breakpoint
CREATE TYPE "muscle_group" AS ENUM('core', 'chest', 'back', 'legs', 'shoulders', 'biceps', 'triceps');--> statement-breakpoint
ALTER TABLE "exercises" ALTER COLUMN "primary_muscle" SET DATA TYPE "muscle_group" USING "primary_muscle"::"muscle_group";--> statement-breakpoint
ALTER TABLE "exercises" ALTER COLUMN "secondary_muscles" SET DATA TYPE "muscle_group"[] USING "secondary_muscles"::"muscle_group"[];--> statement-breakpoint
ALTER TABLE "exercises" ALTER COLUMN "secondary_muscles" SET DEFAULT '{}'::"muscle_group"[];--> statement-breakpoint
ALTER TABLE "exercises" ALTER COLUMN "difficulty" SET DATA TYPE smallint USING "difficulty"::smallint;--> statement-breakpoint
ALTER TABLE "exercises" ALTER COLUMN "difficulty" SET DEFAULT 3;--> statement-breakpoint
ALTER TABLE "users" ALTER COLUMN "display_name" SET DATA TYPE varchar(80) USING "display_name"::varchar(80);--> statement-breakpoint
ALTER TABLE "users" ALTER COLUMN "bodyweight_kg" SET DATA TYPE numeric(5,1) USING "bodyweight_kg"::numeric(5,1);--> statement-breakpoint
ALTER TABLE "workouts" ALTER COLUMN "notes" SET DATA TYPE varchar(1000) USING "notes"::varchar(1000);