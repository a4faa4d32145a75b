import { integer, pgTable } from "drizzle-orm/pg-core";

export const t = pgTable("old_t", {
  id: integer().generatedAlwaysAsIdentity(),
});
