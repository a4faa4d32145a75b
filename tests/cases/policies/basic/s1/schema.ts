import { integer, pgPolicy, pgTable } from "drizzle-orm/pg-core";

export const docs = pgTable("docs", { id: integer() }, () => [pgPolicy("docs_default")]);
