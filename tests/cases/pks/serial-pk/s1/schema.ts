import { bigserial, integer, pgTable, serial } from "drizzle-orm/pg-core";

export const s1 = pgTable("s1", { id: serial().primaryKey() });
export const s2 = pgTable("s2", { id: bigserial({ mode: "number" }).primaryKey() });
export const s3 = pgTable("s3", { id: integer().primaryKey().generatedAlwaysAsIdentity() });
