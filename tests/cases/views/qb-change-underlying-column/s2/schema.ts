import { integer, pgTable, pgView, text } from "drizzle-orm/pg-core";

export const users = pgTable("users", { id: integer(), fullName: text("full_name") });
export const v = pgView("v_users").as((qb) => qb.select().from(users));
