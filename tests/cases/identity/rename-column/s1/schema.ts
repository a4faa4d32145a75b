import { integer, pgTable } from "drizzle-orm/pg-core";

export const t = pgTable("t", {
  old_id: integer().generatedAlwaysAsIdentity(),
});
