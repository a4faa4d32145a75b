import { integer, pgSchema } from "drizzle-orm/pg-core";

export const priv = pgSchema("priv");
export const keys = priv.table("keys", { id: integer() });
