import { sql } from "drizzle-orm";
import { bigint, doublePrecision, index, integer, pgSequence, pgTable, real, smallint, text, timestamp, varchar } from "drizzle-orm/pg-core";

export const meterSerialSeq = pgSequence("meter_serial_seq", { startWith: 100000, increment: 1, cache: 20 });

const withUnit = (unit: string) => (name: string) => doublePrecision(`${name}_${unit}`);
const kwh = withUnit("kwh");
const kw = withUnit("kw");

const registerNames = { import: "import", export: "export", reactive: "reactive" } as const;
const registerColumns = Object.entries(registerNames).reduce(
  (cols, [key, dbName]) => ({ ...cols, [`${key}Total`]: kwh(`${dbName}_total`).notNull().default(0) }),
  {} as Record<string, ReturnType<typeof doublePrecision>>,
);

export const meters = pgTable(
  "meters",
  {
    id: integer().primaryKey().generatedByDefaultAsIdentity(),
    serial: bigint({ mode: "number" })
      .notNull()
      .default(sql`nextval('meter_serial_seq')`),
    model: varchar({ length: 40 }).notNull(),
    phases: smallint().notNull().default(1),
    ctRatio: real("ct_ratio"),
    tariffCodes: text("tariff_codes").array().notNull().default(sql`'{}'::text[]`),
    ...registerColumns,
    peakDemand: kw("peak_demand"),
    installedAt: timestamp("installed_at", { withTimezone: true }),
  },
  (t) => [
    ...(["model", "phases"] as const).map((c) => index(`meters_${c}_idx`).on(t[c])),
  ],
);

export const readings = pgTable(
  "readings",
  {
    meterId: integer("meter_id")
      .notNull()
      .references(() => meters.id, { onDelete: "cascade" }),
    readAt: timestamp("read_at", { withTimezone: true }).notNull(),
    importKwh: doublePrecision("import_kwh").notNull(),
    exportKwh: doublePrecision("export_kwh").notNull().default(0),
    netKwh: doublePrecision("net_kwh").generatedAlwaysAs(sql`import_kwh - export_kwh`),
    intervalValues: real("interval_values").array(),
  },
  (t) => [index("readings_meter_time_idx").using("brin", t.readAt)],
);
