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
  minAbv: numeric("min_abv", { precision: 4, scale: 2 }).notNull().default("3.50"),
  maxAbv: numeric("max_abv", { precision: 4, scale: 2 }).notNull().default("12"),
  minIbu: smallint("min_ibu").default(0),
  maxIbu: smallint("max_ibu").default(120),
  srmLow: real("srm_low").default(2.5),
  srmHigh: real("srm_high").default(40),
});

export const recipes = pgTable("recipes", {
  id: serial("id").primaryKey(),
  styleId: smallint("style_id").references(() => styles.id),
  name: text("name").notNull(),
  batchLiters: numeric("batch_liters", { precision: 7, scale: 2, mode: "number" }).notNull().default(20.5),
  originalGravity: numeric("original_gravity", { precision: 5, scale: 4 }).default("1.0500"),
  finalGravity: decimal("final_gravity", { precision: 5, scale: 4 }),
  efficiency: doublePrecision("efficiency").default(0.72),
  mashTempC: real("mash_temp_c").default(66.5),
  boilMinutes: integer("boil_minutes").notNull().default(60),
  coolingDelta: integer("cooling_delta").default(-15),
  costCents: bigint("cost_cents", { mode: "number" }).default(0),
});

export const ingredients = pgTable("ingredients", {
  id: bigserial("id", { mode: "bigint" }).primaryKey(),
  recipeId: integer("recipe_id")
    .notNull()
    .references(() => recipes.id, { onDelete: "cascade" }),
  kind: text("kind").notNull(),
  grams: numeric("grams", { mode: "bigint" }).notNull(),
  alphaAcid: numeric("alpha_acid", { precision: 4, scale: 1, mode: "string" }),
  additionMinute: smallint("addition_minute").default(-1),
});
