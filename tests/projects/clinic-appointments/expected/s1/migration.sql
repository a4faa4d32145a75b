CREATE SCHEMA "clinic";
--> statement-breakpoint
CREATE TYPE "clinic"."appointment_status" AS ENUM('requested', 'booked', 'checked_in', 'completed', 'no_show', 'cancelled');--> statement-breakpoint
CREATE TYPE "clinic"."sex" AS ENUM('female', 'male', 'other', 'unknown');--> statement-breakpoint
CREATE TABLE "clinic"."appointments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"patient_id" uuid NOT NULL,
	"practitioner_id" uuid NOT NULL,
	"status" "clinic"."appointment_status" DEFAULT 'requested'::"clinic"."appointment_status" NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"duration_min" integer DEFAULT 20 NOT NULL,
	"reason" text,
	CONSTRAINT "appointments_duration" CHECK ("duration_min" between 5 and 240)
);
--> statement-breakpoint
CREATE TABLE "clinic"."patients" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"mrn" varchar(20) NOT NULL UNIQUE,
	"given_name" text NOT NULL,
	"family_name" text NOT NULL,
	"birth_date" date NOT NULL,
	"sex" "clinic"."sex" DEFAULT 'unknown'::"clinic"."sex" NOT NULL,
	"preferred_language" char(2),
	"phone" varchar(32),
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "patients_birth_date" CHECK ("birth_date" > '1900-01-01'::date)
);
--> statement-breakpoint
CREATE TABLE "clinic"."practitioners" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"full_name" text NOT NULL,
	"specialty_id" smallint NOT NULL,
	"license_no" varchar(32) NOT NULL UNIQUE,
	"languages" char(2)[] DEFAULT '{en}'::char(2)[] NOT NULL
);
--> statement-breakpoint
CREATE TABLE "languages" (
	"code" char(2) PRIMARY KEY,
	"name" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "specialties" (
	"id" smallint PRIMARY KEY,
	"code" varchar(12) NOT NULL UNIQUE,
	"name" text NOT NULL
);
--> statement-breakpoint
CREATE INDEX "appointments_practitioner_day_idx" ON "clinic"."appointments" ("practitioner_id","starts_at");--> statement-breakpoint
CREATE INDEX "appointments_patient_idx" ON "clinic"."appointments" ("patient_id");--> statement-breakpoint
CREATE INDEX "patients_name_idx" ON "clinic"."patients" ("family_name","given_name");--> statement-breakpoint
ALTER TABLE "clinic"."appointments" ADD CONSTRAINT "appointments_patient_id_patients_id_fkey" FOREIGN KEY ("patient_id") REFERENCES "clinic"."patients"("id");--> statement-breakpoint
ALTER TABLE "clinic"."appointments" ADD CONSTRAINT "appointments_practitioner_id_practitioners_id_fkey" FOREIGN KEY ("practitioner_id") REFERENCES "clinic"."practitioners"("id");--> statement-breakpoint
ALTER TABLE "clinic"."patients" ADD CONSTRAINT "patients_preferred_language_languages_code_fkey" FOREIGN KEY ("preferred_language") REFERENCES "languages"("code");--> statement-breakpoint
ALTER TABLE "clinic"."practitioners" ADD CONSTRAINT "practitioners_specialty_id_specialties_id_fkey" FOREIGN KEY ("specialty_id") REFERENCES "specialties"("id");--> statement-breakpoint
CREATE VIEW "clinic"."todays_agenda" AS (select "id", "practitioner_id", "starts_at", "status" from "clinic"."appointments" where "clinic"."appointments"."starts_at"::date = current_date);