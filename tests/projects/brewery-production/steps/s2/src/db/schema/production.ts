import { bigint, bigserial, doublePrecision, integer, numeric, pgTable, real, serial, smallint, smallserial } from "drizzle-orm/pg-core";
import { recipes } from "./recipes";

export const batches = pgTable("batches", {
  id: bigserial("id", { mode: "number" }).primaryKey(),
  recipeId: integer("recipe_id").references(() => recipes.id, { onDelete: "set null", onUpdate: "no action" }),
  lotNumber: bigint("lot_number", { mode: "bigint" }).notNull().default(9223372036854775807n),
  serialNo: bigint("serial_no", { mode: "string" }).default("-42"),
  volumeLiters: numeric("volume_liters", { precision: 10, scale: 3 }).default("0.000"),
  ph: numeric("ph", { precision: 3, scale: 2 }),
  tankPressure: doublePrecision("tank_pressure").default(1.5e10),
  fermenterNo: smallint("fermenter_no").notNull(),
  seq: smallserial("seq"),
});

export const gravityReadings = pgTable("gravity_readings", {
  id: bigserial("id", { mode: "bigint" }).primaryKey(),
  batchId: bigint("batch_id", { mode: "number" })
    .notNull()
    .references(() => batches.id, { onDelete: "cascade" }),
  gravity: numeric("gravity", { precision: 5, scale: 4 }).notNull(),
  tempC: doublePrecision("temp_c").default(0.1),
  deltaMax: bigint("delta_max", { mode: "number" }).default(-9007199254740991),
  minutesSinceOpen: integer("minutes_since_open").default(2147483647),
});
