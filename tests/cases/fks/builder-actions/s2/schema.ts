import { foreignKey, integer, pgTable } from "drizzle-orm/pg-core";

export const a = pgTable("a", { id: integer().primaryKey() });
export const b = pgTable("b", {
  aId: integer("a_id"),
}, (t) => [foreignKey({ columns: [t.aId], foreignColumns: [a.id] }).onDelete("cascade")]);
