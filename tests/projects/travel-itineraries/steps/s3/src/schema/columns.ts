import { timestamp } from "drizzle-orm/pg-core";

export const auditColumns = {
  createdAt: timestamp("created_at", { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true, precision: 3, mode: "string" })
    .defaultNow()
    .$onUpdate(() => new Date().toISOString()),
  deletedAt: timestamp("deleted_at", { withTimezone: true }),
};
