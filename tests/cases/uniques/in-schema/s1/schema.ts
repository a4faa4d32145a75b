import { integer, pgSchema, text, unique } from "drizzle-orm/pg-core";

export const crm = pgSchema("crm");
export const contacts = crm.table("contacts", {
  id: integer(),
  email: text().unique(),
  phone: text(),
  ext: text(),
}, (t) => [unique("contacts_phone_ext").on(t.phone, t.ext)]);
