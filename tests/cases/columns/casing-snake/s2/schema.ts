import { integer, snakeCase, text, timestamp } from "drizzle-orm/pg-core";

export const t = snakeCase.table("userProfiles", {
  userId: integer(),
  firstName: text(),
  createdAt: timestamp(),
});
