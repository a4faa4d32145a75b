import { sql } from "drizzle-orm";
import { integer, pgPolicy, pgTable } from "drizzle-orm/pg-core";

export const docs = pgTable("docs", { id: integer() });

export const docsPolicy = pgPolicy("docs_linked", { for: "select", using: sql`true` }).link(docs);
