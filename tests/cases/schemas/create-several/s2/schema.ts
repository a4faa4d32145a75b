import { pgSchema } from "drizzle-orm/pg-core";

export const z = pgSchema("zeta");
export const a = pgSchema("alpha");
export const m = pgSchema("mid");
