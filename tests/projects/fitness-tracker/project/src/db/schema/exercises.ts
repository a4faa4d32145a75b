import { index, integer, pgTable, text, varchar } from "drizzle-orm/pg-core";
import { z } from "zod";
import { equipmentEnum, MuscleGroup, muscleGroupEnum } from "./enums";
import { users } from "./users";

export const exercises = pgTable(
  "exercises",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    name: varchar({ length: 80 }).notNull(),
    slug: varchar({ length: 80 }).notNull().unique("exercises_slug_key"),
    primaryMuscle: muscleGroupEnum("primary_muscle").notNull(),
    secondaryMuscles: muscleGroupEnum("secondary_muscles").array().notNull().default([]),
    equipment: equipmentEnum().notNull().default("barbell"),
    difficulty: text().notNull().default("3"),
    instructions: text(),
    createdBy: integer("created_by").references(() => users.id, { onDelete: "set null" }),
  },
  (t) => [index("exercises_primary_muscle_idx").on(t.primaryMuscle)],
);

export type Exercise = typeof exercises.$inferSelect;

export const exerciseFilterSchema = z.object({
  muscle: z.enum(Object.values(MuscleGroup) as [string, ...string[]]).optional(),
  q: z.string().trim().max(80).optional(),
});
