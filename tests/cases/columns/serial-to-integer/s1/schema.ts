import { pgTable, serial } from "drizzle-orm/pg-core";

export const t = pgTable("users", {
  id: serial(),
});
