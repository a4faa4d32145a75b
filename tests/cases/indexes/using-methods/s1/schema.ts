import { index, integer, jsonb, pgTable, point, text, timestamp } from "drizzle-orm/pg-core";

export const docs = pgTable("docs", {
  id: integer(),
  body: jsonb(),
  code: text(),
  loc: point(),
  created: timestamp(),
  path: text(),
}, (t) => [
  index("docs_body_gin").using("gin", t.body),
  index("docs_code_hash").using("hash", t.code),
  index("docs_loc_gist").using("gist", t.loc),
  index("docs_created_brin").using("brin", t.created),
  index("docs_path_spgist").using("spgist", t.path),
  index("docs_id_btree").using("btree", t.id),
]);
