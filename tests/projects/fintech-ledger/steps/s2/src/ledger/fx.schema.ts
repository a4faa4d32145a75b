import { sql } from "drizzle-orm";
import { check, date, numeric, pgTable, primaryKey, text } from "drizzle-orm/pg-core";
import { currency } from "./money";

export const fxRates = pgTable(
  "fx_rates",
  {
    base: currency("base").notNull(),
    quote: currency("quote").notNull(),
    day: date("day").notNull(),
    rate: numeric("rate", { precision: 18, scale: 8 }).notNull(),
    source: text("source").notNull().default("ecb"),
  },
  (t) => [
    primaryKey({ columns: [t.base, t.quote, t.day] }),
    check("fx_rates_distinct", sql`${t.base} <> ${t.quote}`),
    check("fx_rates_positive", sql`${t.rate} > 0`),
  ],
);
