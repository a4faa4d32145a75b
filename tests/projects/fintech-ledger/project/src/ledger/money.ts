import { char, numeric } from "drizzle-orm/pg-core";

/** Amounts are numeric(20,4) in the account's currency: enough for crypto dust and large fiat. */
export const amount = (name: string) => numeric(name, { precision: 20, scale: 4 });
export const currency = (name = "currency") => char(name, { length: 3 });
