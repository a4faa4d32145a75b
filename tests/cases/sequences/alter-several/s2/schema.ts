import { pgSequence } from "drizzle-orm/pg-core";

export const seq = pgSequence("counter", { increment: 3, cache: 7, maxValue: 99999, cycle: true });
