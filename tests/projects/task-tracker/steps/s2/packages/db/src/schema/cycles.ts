import { sql } from "drizzle-orm";
import { check, date, pgTable, text, varchar } from "drizzle-orm/pg-core";
import { createdAt, cuid, workspaces } from "./workspace";

export const cycles = pgTable(
  "cycles",
  {
    id: cuid("id").primaryKey(),
    workspaceId: varchar("workspace_id", { length: 24 })
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    startsOn: date("starts_on").notNull(),
    endsOn: date("ends_on").notNull(),
    createdAt,
  },
  (t) => [check("cycles_dates", sql`${t.endsOn} >= ${t.startsOn}`)],
);
