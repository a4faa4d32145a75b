import { integer, snakeCase, text } from "drizzle-orm/pg-core";

export const s = snakeCase.schema("crm");
export const t = s.table("contacts", {
  contactId: integer(),
  emailAddress: text(),
});
