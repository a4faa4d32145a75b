import { customType } from "drizzle-orm/pg-core";

/** Case-insensitive text (needs the citext extension). */
export const citext = customType<{ data: string }>({
  dataType() {
    return "citext";
  },
});

/** Materialized tree paths like `docs.guides.install` (needs the ltree extension). */
export const ltree = customType<{ data: string }>({
  dataType() {
    return "ltree";
  },
});
