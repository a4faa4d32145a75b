import { sql } from "drizzle-orm";
import { integer, pgPolicy, pgTable } from "drizzle-orm/pg-core";

export const docs = pgTable("docs", { id: integer(), owner: integer() }, (t) => [
  pgPolicy("docs_perm", { as: "permissive", using: sql`true` }),
  pgPolicy("docs_restr", { as: "restrictive", using: sql`${t.owner} = 1` }),
]);
