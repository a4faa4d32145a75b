import { index, integer, pgTable, text } from "drizzle-orm/pg-core";
import { users } from "./schema";

export const posts = pgTable("posts", { id: integer().primaryKey(), authorId: integer("author_id").references(() => users.id), body: text() }, (t) => [index().on(t.authorId)]);
