import { integer, pgSchema } from "drizzle-orm/pg-core";

export const oneSchema = pgSchema("one");
export const mood = oneSchema.enum("mood", ["x", "y"]);
export const two = pgSchema("two");
export const t = two.table("t", { id: integer() });
