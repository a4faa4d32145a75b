import { pgSequence } from "drizzle-orm/pg-core";

export const seq = pgSequence("counter", { startWith: 100, increment: 2, minValue: 50, maxValue: 10000, cache: 10, cycle: true });
