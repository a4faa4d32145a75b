import { pgSequence } from "drizzle-orm/pg-core";

export const seq = pgSequence("ticker", { startWith: 7 });
