import { integer, pgTable } from "drizzle-orm/pg-core";

export const t = pgTable("t", {
  a: integer().generatedAlwaysAsIdentity({ cycle: true }),
});
