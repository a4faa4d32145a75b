import { pgSchema } from "drizzle-orm/pg-core";

export const s = pgSchema("new_s");
