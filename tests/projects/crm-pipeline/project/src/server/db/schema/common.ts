import { sql } from "drizzle-orm";
import { timestamp, uuid } from "drizzle-orm/pg-core";

export const pk = () => uuid("id").primaryKey().default(sql`gen_random_uuid()`);

export const auditColumns = {
  createdAt: timestamp("created_at", { mode: "string", withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { mode: "string", withTimezone: true }).notNull().defaultNow(),
  archivedAt: timestamp("archived_at", { mode: "string", withTimezone: true }),
};
