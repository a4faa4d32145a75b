CREATE TABLE "clinic"."encounters" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"appointment_id" uuid UNIQUE,
	"patient_id" uuid NOT NULL,
	"practitioner_id" uuid NOT NULL,
	"notes" text,
	"diagnosis_codes" varchar(10)[] DEFAULT '{}'::varchar(10)[] NOT NULL,
	"signed_at" timestamp with time zone
);
--> statement-breakpoint
DROP VIEW "clinic"."todays_agenda";--> statement-breakpoint
CREATE INDEX "encounters_diagnosis_idx" ON "clinic"."encounters" USING gin ("diagnosis_codes");--> statement-breakpoint
ALTER TABLE "clinic"."encounters" ADD CONSTRAINT "encounters_appointment_id_appointments_id_fkey" FOREIGN KEY ("appointment_id") REFERENCES "clinic"."appointments"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "clinic"."encounters" ADD CONSTRAINT "encounters_patient_id_patients_id_fkey" FOREIGN KEY ("patient_id") REFERENCES "clinic"."patients"("id");--> statement-breakpoint
ALTER TABLE "clinic"."encounters" ADD CONSTRAINT "encounters_practitioner_id_practitioners_id_fkey" FOREIGN KEY ("practitioner_id") REFERENCES "clinic"."practitioners"("id");--> statement-breakpoint
CREATE VIEW "clinic"."todays_agenda" AS (select "clinic"."appointments"."id", "clinic"."appointments"."practitioner_id", "clinic"."appointments"."starts_at", "clinic"."appointments"."status", "clinic"."patients"."given_name" || ' ' || "clinic"."patients"."family_name" as "patient_name" from "clinic"."appointments" inner join "clinic"."patients" on "clinic"."patients"."id" = "clinic"."appointments"."patient_id" where "clinic"."appointments"."starts_at"::date = current_date);