import { bigint, boolean, numeric, pgTable, timestamp, varchar } from "drizzle-orm/pg-core";
import { z } from "zod";
import { weightUnitEnum } from "./enums";

export const users = pgTable("users", {
  id: bigint({ mode: "number" }).primaryKey().generatedAlwaysAsIdentity({ startWith: 1000 }),
  email: varchar({ length: 255 }).notNull().unique(),
  displayName: varchar("display_name", { length: 80 }).notNull(),
  preferredUnit: weightUnitEnum("preferred_unit").notNull().default("kg"),
  bodyweightKg: numeric("bodyweight_kg", { precision: 5, scale: 1 }),
  isCoach: boolean("is_coach").notNull().default(false),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

export type User = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;

export const signUpSchema = z
  .object({
    email: z.string().email(),
    displayName: z.string().min(2).max(80),
    password: z.string().min(8),
    confirmPassword: z.string(),
  })
  .refine((v) => v.password === v.confirmPassword, { message: "Passwords do not match", path: ["confirmPassword"] });

export type SignUpInput = z.infer<typeof signUpSchema>;
