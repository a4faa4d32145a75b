import { sql } from "drizzle-orm";
import { integer, pgPolicy, pgRole, pgTable } from "drizzle-orm/pg-core";

export const editor = pgRole("editor");

export const articles = pgTable("articles", { id: integer() }, () => [
  pgPolicy("articles_edit", { to: editor, for: "update", using: sql`true` }),
]);
