import { pgSequence } from "drizzle-orm/pg-core";

export const z = pgSequence("zeta");
export const a = pgSequence("alpha", { startWith: 3 });
export const m = pgSequence("mid");
