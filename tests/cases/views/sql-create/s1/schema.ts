import { sql } from "drizzle-orm";
import { boolean, integer, pgTable, pgView, text } from "drizzle-orm/pg-core";

export const users = pgTable("users", { id: integer(), name: text(), active: boolean() });

export const activeUsers = pgView("active_users", { id: integer(), name: text() }).as(
  sql`select id, name from users where active = true`,
);
