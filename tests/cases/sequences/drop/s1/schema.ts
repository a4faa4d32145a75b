import { pgSequence } from "drizzle-orm/pg-core";

export const seq = pgSequence("counter", { startWith: 5 });
