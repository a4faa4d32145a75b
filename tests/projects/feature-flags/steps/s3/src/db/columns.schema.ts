import { sql } from "drizzle-orm";
import { timestamp, uuid } from "drizzle-orm/pg-core";

export const pk = () => uuid("id").primaryKey().default(sql`gen_random_uuid()`);

export const audit = () => ({
  createdAt: timestamp("created_at", { withTimezone: true, precision: 6 }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true, precision: 3 }),
});

export const environmentScoped = () => ({
  environmentId: uuid("environment_id").notNull(),
});
