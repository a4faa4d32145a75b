import { index, integer, pgTable, text, jsonb } from "drizzle-orm/pg-core";

export const logs = pgTable("logs", {
  id: integer(),
  msg: text(),
  tsv: jsonb(),
}, (t) => [
  index("logs_id_ff").on(t.id).with({ fillfactor: 70 }),
  index("logs_msg_ff_dedup").on(t.msg).with({ fillfactor: 90, deduplicate_items: false }),
  index("logs_tsv_gin").using("gin", t.tsv).with({ fastupdate: true }),
]);
