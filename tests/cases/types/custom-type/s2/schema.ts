import { customType, pgTable, varchar } from "drizzle-orm/pg-core";

const citext = customType<{ data: string }>({ dataType() { return "citext"; } });
const money = customType<{ data: number }>({ dataType() { return "money"; } });
const tsvec = customType<{ data: string; config: { lang?: string } }>({ dataType() { return "tsvector"; } });
const fixed = customType<{ data: string; config: { n: number }; configRequired: true }>({ dataType(c) { return `varchar(${c.n})`; } });
export const t = pgTable("t", {
  a: citext(),
  b: money().notNull(),
  c: tsvec(),
  d: fixed({ n: 12 }),
  e: citext().array(),
  f: customType<{ data: string }>({ dataType() { return "Weird Type"; } })(),
});
