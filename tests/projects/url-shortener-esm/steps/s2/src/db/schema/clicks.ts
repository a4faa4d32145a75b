import { bigint, bigserial, boolean, index, inet, pgTable, text, timestamp, varchar } from "drizzle-orm/pg-core";
import { links } from "./links.js";

export const clicks = pgTable(
  "clicks",
  {
    id: bigserial({ mode: "bigint" }).primaryKey(),
    linkId: bigint({ mode: "number" })
      .notNull()
      .references(() => links.id, { onDelete: "cascade" }),
    at: timestamp({ withTimezone: true }).defaultNow().notNull(),
    ip: inet(),
    userAgent: text(),
    referer: text(),
    country: varchar({ length: 2 }),
    isBot: boolean().default(false).notNull(),
  },
  (t) => [index().on(t.linkId, t.at)],
);
