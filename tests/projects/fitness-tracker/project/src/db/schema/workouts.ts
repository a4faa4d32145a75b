import { sql } from "drizzle-orm";
import { check, index, integer, numeric, pgTable, smallint, text, timestamp, varchar } from "drizzle-orm/pg-core";
import { z } from "zod";
import { weightUnitEnum } from "./enums";
import { exercises } from "./exercises";
import { users } from "./users";

export const workouts = pgTable(
  "workouts",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    title: varchar({ length: 100 }).notNull().default("Workout"),
    notes: varchar({ length: 500 }),
    startedAt: timestamp("started_at", { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp("finished_at", { withTimezone: true }),
  },
  (t) => [index("workouts_user_started_idx").on(t.userId, t.startedAt.desc())],
);

export const workoutSets = pgTable(
  "workout_sets",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    workoutId: integer("workout_id")
      .notNull()
      .references(() => workouts.id, { onDelete: "cascade" }),
    exerciseId: integer("exercise_id")
      .notNull()
      .references(() => exercises.id),
    position: smallint().notNull(),
    reps: smallint(),
    weight: numeric({ precision: 6, scale: 2 }),
    unit: weightUnitEnum().notNull().default("kg"),
    rpe: numeric({ precision: 3, scale: 1 }),
    tempo: text(),
  },
  (t) => [
    index("workout_sets_workout_idx").on(t.workoutId, t.position),
    check("workout_sets_rpe_range", sql`${t.rpe} between 1 and 10`),
  ],
);

export type Workout = typeof workouts.$inferSelect;
export type WorkoutSet = typeof workoutSets.$inferSelect;

export const logSetSchema = z
  .object({
    exerciseId: z.number().int().positive(),
    reps: z.number().int().min(0).max(100).nullable(),
    weight: z.coerce.number().min(0).nullable(),
    rpe: z.number().min(1).max(10).optional(),
  })
  .refine((s) => s.reps !== null || s.weight !== null, "A set needs reps or weight");
