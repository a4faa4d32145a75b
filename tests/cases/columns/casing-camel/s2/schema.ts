import { camelCase, integer, text } from "drizzle-orm/pg-core";

export const t = camelCase.table("user_profiles", {
  user_id: integer(),
  first_name: text(),
  explicit_name: text("Keep_Me"),
});
