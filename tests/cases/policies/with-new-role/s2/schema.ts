import { sql } from "drizzle-orm";
import { integer, pgPolicy, pgRole, pgTable } from "drizzle-orm/pg-core";

export const reviewer = pgRole("reviewer", { inherit: false });
export const docs = pgTable("docs", { id: integer() }, () => [pgPolicy("docs_review", { to: reviewer, for: "select", using: sql`true` })]);
export const reviews = pgTable("reviews", { id: integer(), docId: integer("doc_id") }, () => [pgPolicy("reviews_own", { to: reviewer, using: sql`true` })]);
