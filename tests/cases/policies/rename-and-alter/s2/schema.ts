import { sql } from "drizzle-orm";
import { integer, pgPolicy, pgTable } from "drizzle-orm/pg-core";

export const docs = pgTable("docs", { id: integer() }, (t) => [pgPolicy("docs_select", { for: "select", using: sql`${t.id} > 0` })]);
