import { bigint, bigserial, boolean, pgTable, text, timestamp } from "drizzle-orm/pg-core";
import { users } from "./users.js";

export const domains = pgTable("domains", {
  id: bigserial({ mode: "number" }).primaryKey(),
  hostname: text().notNull().unique(),
  ownerId: bigint({ mode: "number" })
    .notNull()
    .references(() => users.id, { onDelete: "cascade" }),
  verified: boolean().default(false).notNull(),
  verifiedAt: timestamp(),
});
