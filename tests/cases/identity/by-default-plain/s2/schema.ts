import { bigint, integer, pgTable, smallint } from "drizzle-orm/pg-core";

export const t = pgTable("t", {
  id: integer().primaryKey().generatedByDefaultAsIdentity(),
  b: bigint({ mode: "bigint" }).generatedByDefaultAsIdentity().notNull(),
  c: smallint().generatedByDefaultAsIdentity(),
});
