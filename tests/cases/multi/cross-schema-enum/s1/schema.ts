import { integer, pgSchema, pgTable } from "drizzle-orm/pg-core";

export const shared = pgSchema("shared");
export const one = pgSchema("one");
export const currency = shared.enum("currency", ["usd", "eur"]);
export const prices = one.table("prices", { id: integer(), cur: currency().default("usd") });
export const costs = pgTable("costs", { id: integer(), cur: currency().array().default(["eur"]) });
