import { pgSequence } from "drizzle-orm/pg-core";

export const seq = pgSequence("down", { increment: -1 });
export const seq2 = pgSequence("down2", { increment: -5, startWith: -10 });
export const seq3 = pgSequence("neg_min", { minValue: -100 });
