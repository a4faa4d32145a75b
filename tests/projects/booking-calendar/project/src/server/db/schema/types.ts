import { customType } from "drizzle-orm/pg-core";

/** PostgreSQL `tstzrange`, kept as its text form ("[2024-01-01 10:00+00,2024-01-01 11:00+00)"). */
export const tstzrange = customType<{ data: string; driverData: string }>({
  dataType() {
    return "tstzrange";
  },
});

/** IANA time zone name, stored as text but typed. */
export type TimeZone = `${string}/${string}` | "UTC";
