import { integer, pgTable } from "drizzle-orm/pg-core";

export const t = pgTable("new_t", {
  id: integer().generatedAlwaysAsIdentity(),
});
