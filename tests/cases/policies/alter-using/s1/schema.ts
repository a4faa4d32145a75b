import { sql } from "drizzle-orm";
import { integer, pgPolicy, pgTable } from "drizzle-orm/pg-core";

export const docs = pgTable("docs", { id: integer(), owner: integer() }, (t) => [
  pgPolicy("docs_own", { for: "update", using: sql`${t.owner} = 1`, withCheck: sql`${t.owner} = 1` }),
]);
