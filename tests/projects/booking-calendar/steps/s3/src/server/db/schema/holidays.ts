import { date, pgTable, primaryKey, text, uuid } from "drizzle-orm/pg-core";
import { resources } from "./resources";

export const closures = pgTable(
  "closures",
  {
    resourceId: uuid("resource_id")
      .notNull()
      .references(() => resources.id, { onDelete: "cascade" }),
    day: date("day", { mode: "date" }).notNull(),
    reason: text("reason"),
  },
  (t) => [primaryKey({ columns: [t.resourceId, t.day] })],
);
