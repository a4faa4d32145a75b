import { pgSequence } from "drizzle-orm/pg-core";

export const seq = pgSequence("counter", { startWith: "1", maxValue: "9223372036854775807", cache: "5" });
