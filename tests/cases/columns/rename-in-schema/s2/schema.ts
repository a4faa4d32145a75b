import { integer, pgSchema, text } from "drizzle-orm/pg-core";

export const s = pgSchema("crm");
export const t = s.table("users", {
  id: integer(),
  name: text(),
});
