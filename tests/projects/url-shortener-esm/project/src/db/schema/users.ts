import { bigserial, pgTable, text, timestamp } from "drizzle-orm/pg-core";

export const users = pgTable("users", {
  id: bigserial({ mode: "number" }).primaryKey(),
  email: text().notNull().unique(),
  apiKey: text().unique(),
  createdAt: timestamp().defaultNow().notNull(),
});
