import { sql } from "drizzle-orm";
import { integer, pgMaterializedView, pgTable, text } from "drizzle-orm/pg-core";

export const users = pgTable("users", { id: integer(), name: text() });

export const mvQb = pgMaterializedView("mv_users").as((qb) => qb.select().from(users));
export const mvSql = pgMaterializedView("mv_names", { name: text() }).as(sql`select name from users`);
