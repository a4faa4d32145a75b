import {
  bigint,
  bigserial,
  decimal,
  doublePrecision,
  integer,
  numeric,
  pgTable,
  real,
  serial,
  smallint,
  smallserial,
  text,
} from "drizzle-orm/pg-core";

export const styles = pgTable("styles", {
  id: smallserial("id").primaryKey(),
  code: text("code").notNull().unique(),
  // widened precision, default now a number literal
  minAbv: numeric("min_abv", { precision: 5, scale: 2, mode: "number" }).notNull().default(3.5),
  maxAbv: numeric("max_abv", { precision: 5, scale: 2 }).notNull().default("12.00"),
  minIbu: smallint("min_ibu").default(5),
  maxIbu: integer("max_ibu").default(120),
  srmLow: doublePrecision("srm_low").default(2.5),
  srmHigh: real("srm_high").default(40.75),
});

export const recipes = pgTable("recipes", {
  id: serial("id").primaryKey(),
  styleId: smallint("style_id").references(() => styles.id),
  name: text("name").notNull(),
  batchLiters: numeric("batch_liters", { precision: 9, scale: 3, mode: "number" }).notNull().default(20.5),
  originalGravity: numeric("original_gravity", { precision: 5, scale: 4 }).default("1.0480"),
  finalGravity: decimal("final_gravity", { precision: 6 }),
  efficiency: doublePrecision("efficiency").default(0.75),
  mashTempC: real("mash_temp_c"),
  boilMinutes: smallint("boil_minutes").notNull().default(90),
  coolingDelta: integer("cooling_delta").default(-20),
  costCents: bigint("cost_cents", { mode: "bigint" }).default(-5n),
});

export const ingredients = pgTable("ingredients", {
  id: bigserial("id", { mode: "bigint" }).primaryKey(),
  recipeId: integer("recipe_id")
    .notNull()
    .references(() => recipes.id, { onDelete: "cascade" }),
  kind: text("kind").notNull(),
  grams: numeric("grams", { precision: 12, scale: 0, mode: "bigint" }).notNull().default(0n),
  alphaAcid: numeric("alpha_acid", { precision: 4, scale: 1, mode: "number" }).default(4.5),
  additionMinute: smallint("addition_minute").default(-1),
});
