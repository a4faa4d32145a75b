import { sql } from "drizzle-orm";
import {
  char,
  check,
  date,
  index,
  integer,
  pgSchema,
  smallint,
  text,
  timestamp,
  uuid,
  varchar,
} from "drizzle-orm/pg-core";
import { languages, specialties } from "./lookups";

export const clinic = pgSchema("clinic");

export const sex = clinic.enum("sex", ["female", "male", "other", "unknown"]);
export const appointmentStatus = clinic.enum("appointment_status", [
  "requested",
  "booked",
  "checked_in",
  "completed",
  "no_show",
  "cancelled",
]);

export const practitioners = clinic.table("practitioners", {
  id: uuid("id").primaryKey().defaultRandom(),
  fullName: text("full_name").notNull(),
  specialtyId: smallint("specialty_id")
    .notNull()
    .references(() => specialties.id),
  licenseNo: varchar("license_no", { length: 32 }).notNull().unique(),
  languages: char("languages", { length: 2 }).array().notNull().default(sql`'{en}'`),
});

export const patients = clinic.table(
  "patients",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    mrn: varchar("mrn", { length: 20 }).notNull().unique(),
    givenName: text("given_name").notNull(),
    familyName: text("family_name").notNull(),
    birthDate: date("birth_date", { mode: "date" }).notNull(),
    sex: sex("sex").notNull().default("unknown"),
    preferredLanguage: char("preferred_language", { length: 2 }).references(() => languages.code),
    phone: varchar("phone", { length: 32 }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("patients_name_idx").on(t.familyName, t.givenName),
    check("patients_birth_date", sql`${t.birthDate} > '1900-01-01'::date`),
  ],
);

export const appointments = clinic.table(
  "appointments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    patientId: uuid("patient_id")
      .notNull()
      .references(() => patients.id),
    practitionerId: uuid("practitioner_id")
      .notNull()
      .references(() => practitioners.id),
    status: appointmentStatus("status").notNull().default("requested"),
    startsAt: timestamp("starts_at", { withTimezone: true }).notNull(),
    durationMin: integer("duration_min").notNull().default(20),
    reason: text("reason"),
  },
  (t) => [
    index("appointments_practitioner_day_idx").on(t.practitionerId, t.startsAt),
    index("appointments_patient_idx").on(t.patientId),
    check("appointments_duration", sql`${t.durationMin} between 5 and 240`),
  ],
);

export const todaysAgenda = clinic.view("todays_agenda").as((qb) =>
  qb
    .select({
      appointmentId: appointments.id,
      practitionerId: appointments.practitionerId,
      startsAt: appointments.startsAt,
      status: appointments.status,
    })
    .from(appointments)
    .where(sql`${appointments.startsAt}::date = current_date`),
);
