import { pgSequence } from "drizzle-orm/pg-core";

export const a = pgSequence("MySeq");
export const b = pgSequence("my seq", { startWith: 2 });
