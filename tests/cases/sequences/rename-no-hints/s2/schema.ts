import { pgSequence } from "drizzle-orm/pg-core";

export const seq = pgSequence("ticker");
