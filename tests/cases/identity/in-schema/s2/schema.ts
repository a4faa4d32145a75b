import { integer, pgSchema } from "drizzle-orm/pg-core";

export const s = pgSchema("app");
export const t = s.table("items", {
  id: integer().generatedAlwaysAsIdentity(),
  n: integer().generatedByDefaultAsIdentity({ name: "items_n_custom" }),
});
