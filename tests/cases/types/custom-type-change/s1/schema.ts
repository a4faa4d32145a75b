import { customType, pgTable } from "drizzle-orm/pg-core";

const ct = customType<{ data: string }>({ dataType() { return "citext"; } });
export const t = pgTable("t", { a: ct() });
