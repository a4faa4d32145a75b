import { integer, pgSchema, text } from "drizzle-orm/pg-core";

export const crm = pgSchema("crm");
export const contacts = crm.table("contacts", {
  id: integer().unique("contacts_id_uq"),
  email: text(),
  phone: text(),
  ext: text(),
});
