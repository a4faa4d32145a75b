import { bigint, pgSchema, timestamp } from "drizzle-orm/pg-core";

export const audit = pgSchema("audit");
export const log = audit.table("log", { id: bigint({ mode: "number" }), at: timestamp() });
