import { bigint, bigserial, doublePrecision, integer, numeric, pgTable, real, serial, smallint } from "drizzle-orm/pg-core";
import { recipes } from "./recipes";

export const batches = pgTable("batches", {
  id: bigserial("id", { mode: "number" }).primaryKey(),
  recipeId: integer("recipe_id").references(() => recipes.id, { onDelete: "restrict", onUpdate: "cascade" }),
  lotNumber: bigint("lot_number", { mode: "bigint" }).notNull().default(1000000000000n),
  serialNo: bigint("serial_no", { mode: "string" }).default("9007199254740993"),
  volumeLiters: numeric("volume_liters", { precision: 10, scale: 3 }),
  ph: real("ph").default(5.4),
  tankPressure: doublePrecision("tank_pressure").default(-0.25),
  fermenterNo: smallint("fermenter_no").notNull(),
  seq: serial("seq"),
});

export const gravityReadings = pgTable("gravity_readings", {
  id: bigserial("id", { mode: "bigint" }).primaryKey(),
  batchId: bigint("batch_id", { mode: "number" })
    .notNull()
    .references(() => batches.id, { onDelete: "cascade" }),
  gravity: numeric("gravity", { precision: 5, scale: 4 }).notNull(),
  tempC: doublePrecision("temp_c").default(1e-3),
  deltaMax: bigint("delta_max", { mode: "number" }).default(9007199254740991),
  minutesSinceOpen: integer("minutes_since_open").default(0),
});
