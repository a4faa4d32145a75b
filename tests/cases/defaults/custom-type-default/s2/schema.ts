import { customType, pgTable } from "drizzle-orm/pg-core";

const citext = customType<{ data: string }>({ dataType() { return "citext"; } });
export const t = pgTable("t", {
  a: citext().default("Hello"),
  b: citext().array().default(["a"]),
});
