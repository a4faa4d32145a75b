import { pgSchema } from "drizzle-orm/pg-core";

export const fleet = pgSchema("fleet");
