import { integer, pgSchema } from "drizzle-orm/pg-core";

export const s = pgSchema("arch");
export const t = s.table("t", {
  id: integer().generatedAlwaysAsIdentity(),
});
