import { index, integer, jsonb, pgTable, text } from "drizzle-orm/pg-core";

export const items = pgTable("items", {
  id: integer(),
  name: text(),
  data: jsonb(),
  label: text(),
}, (t) => [
  index("items_name_ops").on(t.name.op("text_ops")),
  index("items_data_ops").using("gin", t.data.op("jsonb_path_ops")),
  index("items_id_ops").on(t.id.op("int4_ops").desc()),
  index("items_label_pattern").on(t.label.op("text_pattern_ops").nullsFirst()),
]);
