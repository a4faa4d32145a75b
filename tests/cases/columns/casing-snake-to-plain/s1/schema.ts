import { integer, snakeCase } from "drizzle-orm/pg-core";

export const t = snakeCase.table("things", {
  itemCount: integer(),
});
