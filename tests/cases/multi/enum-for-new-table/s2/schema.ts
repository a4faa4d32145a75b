import { integer, pgEnum, pgSchema, pgTable } from "drizzle-orm/pg-core";

export const app = pgSchema("app");
export const status = pgEnum("status", ["draft", "live"]);
export const level = app.enum("level", ["low", "high"]);
export const docs = app.table("docs", {
  id: integer().primaryKey(),
  status: status().notNull().default("draft"),
  level: level().array(),
});
