import { integer, pgTableCreator, text } from "drizzle-orm/pg-core";

const t = pgTableCreator((name) => `app_${name}`);
export const users = t("users", { id: integer().primaryKey() });
export const posts = t("posts", { id: integer().primaryKey(), title: text() });
