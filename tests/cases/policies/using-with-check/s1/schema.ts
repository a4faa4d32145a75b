import { sql } from "drizzle-orm";
import { integer, pgPolicy, pgTable, text } from "drizzle-orm/pg-core";

export const msgs = pgTable("msgs", { id: integer(), author: text(), room: integer() }, (t) => [
  pgPolicy("msgs_author", {
    for: "all",
    using: sql`${t.author} = current_user`,
    withCheck: sql`${t.author} = current_user and ${t.room} in (1, 2, 3)`,
  }),
]);
