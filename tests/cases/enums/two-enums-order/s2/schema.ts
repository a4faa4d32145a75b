import { pgEnum } from "drizzle-orm/pg-core";

export const zeta = pgEnum("zeta", ["z"]);
export const alpha = pgEnum("alpha", ["a"]);
export const mid = pgEnum("mid", ["m"]);
