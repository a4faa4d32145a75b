import { integer, snakeCase, text, timestamp } from "drizzle-orm/pg-core";

export const t = snakeCase.table("userProfiles", {
  userId: integer(),
  givenName: text(),
  createdAt: timestamp(),
  lastLoginAt: timestamp(),
});
