import { pgSchema } from "drizzle-orm/pg-core";

export const sch = pgSchema("app");
export const seq = sch.sequence("counter");
