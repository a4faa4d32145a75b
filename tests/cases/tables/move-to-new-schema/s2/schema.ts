import { integer, pgSchema } from "drizzle-orm/pg-core";

export const fresh = pgSchema("fresh");
export const users = fresh.table("users", { id: integer() });
