import { pgEnum } from "drizzle-orm/pg-core";

export enum MuscleGroup {
  Core = "core",
  Chest = "chest",
  Back = "back",
  Legs = "legs",
  Shoulders = "shoulders",
  Biceps = "biceps",
  Triceps = "triceps",
}

export const WEIGHT_UNITS = {
  kg: "Kilograms",
  lb: "Pounds",
} as const satisfies Record<string, string>;

export type WeightUnit = keyof typeof WEIGHT_UNITS;

export const muscleGroupEnum = pgEnum("muscle_group", Object.values(MuscleGroup) as [MuscleGroup, ...MuscleGroup[]]);
export const weightUnitEnum = pgEnum("weight_unit", Object.keys(WEIGHT_UNITS) as [WeightUnit, ...WeightUnit[]]);
export const equipmentEnum = pgEnum("equipment", ["barbell", "dumbbell", "machine", "cable", "bodyweight"]);
