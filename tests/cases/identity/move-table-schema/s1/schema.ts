import { integer, pgSchema, pgTable } from "drizzle-orm/pg-core";

export const s = pgSchema("arch");
export const t = pgTable("t", {
  id: integer().generatedAlwaysAsIdentity(),
});
