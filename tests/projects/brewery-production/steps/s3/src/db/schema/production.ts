import { bigint, bigserial, doublePrecision, integer, numeric, pgTable, real, smallint, smallserial } from "drizzle-orm/pg-core";
import { recipes } from "./recipes";

export const batches = pgTable("batches", {
  id: bigserial("id", { mode: "number" }).primaryKey(),
  recipeId: integer("recipe_id").references(() => recipes.id, { onDelete: "set null", onUpdate: "no action" }),
  lotNumber: bigint("lot_number", { mode: "string" }).notNull().default("1000"),
  serialNo: numeric("serial_no", { precision: 20 }).default("-42"),
  volumeLiters: numeric("volume_liters").default("0.000"),
  ph: numeric("ph", { precision: 3, scale: 2, mode: "number" }).default(5.25),
  tankPressure: real("tank_pressure").default(0.000001),
  fermenterNo: integer("fermenter_no").notNull().default(1),
  seq: smallserial("seq"),
  abvPercent: numeric("abv_percent", { precision: 4, scale: 2, mode: "string" }).default(".5"),
  bottleCount: integer("bottle_count").array().default([12, -1, 0]),
  sizes: numeric("sizes", { precision: 6, scale: 2 }).array().default(["0.33", "0.5"]),
  weights: doublePrecision("weights").array().default([1.5, 2]),
});

export const gravityReadings = pgTable("gravity_readings", {
  id: bigserial("id", { mode: "bigint" }).primaryKey(),
  batchId: bigint("batch_id", { mode: "number" })
    .notNull()
    .references(() => batches.id, { onDelete: "cascade" }),
  gravity: numeric("gravity", { precision: 6, scale: 4 }).notNull(),
  tempC: doublePrecision("temp_c").default(0.1),
  minutesSinceOpen: bigint("minutes_since_open", { mode: "bigint" }).default(15n),
  checkpoints: bigint("checkpoints", { mode: "bigint" }).array().default([1n, 2n]),
});
