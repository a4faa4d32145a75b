import { customType, pgTable, varchar } from "drizzle-orm/pg-core";

const ct = customType<{ data: string }>({ dataType() { return "varchar(30)"; } });
export const t = pgTable("t", { a: ct() });
