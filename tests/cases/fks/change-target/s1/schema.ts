import { foreignKey, integer, pgTable } from "drizzle-orm/pg-core";

export const users = pgTable("users", { id: integer().primaryKey(), alt: integer().unique() });
export const admins = pgTable("admins", { id: integer().primaryKey() });
export const posts = pgTable("posts", {
  id: integer().primaryKey(),
  owner: integer(),
}, (t) => [foreignKey({ name: "posts_owner_fk", columns: [t.owner], foreignColumns: [users.id] })]);
