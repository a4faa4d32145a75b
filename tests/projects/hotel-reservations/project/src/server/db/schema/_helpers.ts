import { sql } from "drizzle-orm";
import { boolean, integer, numeric, text, timestamp, uuid, varchar } from "drizzle-orm/pg-core";

type Precision = 0 | 3 | 6;

/** `${prefix}_created_at` / `${prefix}_updated_at` pairs, keyed as `${prefix}CreatedAt`. */
export function timestamps<T extends string>(prefix: T, precision: Precision = 3) {
  return {
    [`${prefix}CreatedAt`]: timestamp(`${prefix}_created_at`, { precision, withTimezone: true }).notNull().defaultNow(),
    [`${prefix}UpdatedAt`]: timestamp(`${prefix}_updated_at`, { precision, withTimezone: true })
      .notNull()
      .defaultNow()
      .$onUpdate(() => new Date()),
  } as Record<`${T}CreatedAt` | `${T}UpdatedAt`, ReturnType<typeof timestamp>>;
}

export const money = (name: string, opts: { nullable?: boolean; scale?: number } = {}) => {
  const col = numeric(name, { precision: 12, scale: opts.scale ?? 2 });
  return opts.nullable ? col : col.notNull().default("0");
};

const makeFlags = (names: readonly string[], defaultValue = false) =>
  names.reduce<Record<string, ReturnType<typeof boolean>>>((acc, n) => {
    const key = n
      .split("_")
      .map((part, i) => (i === 0 ? part : part.charAt(0).toUpperCase() + part.slice(1)))
      .join("");
    acc[key] = boolean(n).notNull().default(defaultValue);
    return acc;
  }, {});

export const amenityFlags = makeFlags(["has_balcony", "has_bathtub", "is_accessible", "pets_allowed"]);

export const audit = {
  get createdBy() {
    return uuid("created_by");
  },
  get note() {
    return text("internal_note");
  },
};

export const base = {
  id: uuid().primaryKey().defaultRandom(),
  nested: {
    code: varchar({ length: 12 }).notNull(),
    sort: integer("sort_order").notNull().default(0),
  },
};

export const lowerOf = (col: { name: string }) => sql.raw(`lower("${col.name}")`);
