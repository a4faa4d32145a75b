import { pgSchema, pgSequence } from "drizzle-orm/pg-core";

export const sch = pgSchema("app");
export const seq = pgSequence("counter");
