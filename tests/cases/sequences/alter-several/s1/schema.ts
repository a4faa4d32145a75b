import { pgSequence } from "drizzle-orm/pg-core";

export const seq = pgSequence("counter", { increment: 1, cache: 1 });
