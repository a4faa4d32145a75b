import { integer, pgTable, primaryKey, text } from "drizzle-orm/pg-core";

export const translations = pgTable("translations", {
  key: text().notNull(),
  locale: text().notNull(),
  value: text(),
}, (t) => [primaryKey({ name: "translations_key_locale_pk", columns: [t.key, t.locale] })]);
