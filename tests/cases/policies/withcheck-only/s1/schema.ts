import { sql } from "drizzle-orm";
import { integer, pgPolicy, pgTable } from "drizzle-orm/pg-core";

export const inbox = pgTable("inbox", { id: integer() }, (t) => [
  pgPolicy("inbox_insert", { for: "insert", to: "public", withCheck: sql`${t.id} > 0` }),
  pgPolicy("inbox_bare", { for: "select" }),
]);
