import { index, integer, jsonb, pgTable, text } from "drizzle-orm/pg-core";

export const pages = pgTable("pages", {
  id: integer(),
  code: text(),
  tsv: jsonb(),
}, (t) => [
  index("pages_code").using("hash", t.code),
  index("pages_tsv").using("gist", t.tsv),
]);
