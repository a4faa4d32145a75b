import { sql } from "drizzle-orm";
import { integer, pgPolicy, pgTable } from "drizzle-orm/pg-core";

export const posts = pgTable("posts", { id: integer() }, () => [pgPolicy("posts_read", { for: "select", using: sql`true` })]);
