import { date, pgTable, text, unique, uuid } from "drizzle-orm/pg-core";
import { money } from "./_helpers";
import { properties } from "./rooms";

const seasons = ["low", "mid", "high", "peak"] as const;

const seasonalRateColumns = Object.fromEntries(seasons.map((s) => [`${s}Rate`, money(`${s}_rate`, { nullable: true })]));

export const ratePlans = pgTable(
  "rate_plans",
  {
    id: uuid().primaryKey().defaultRandom(),
    propertyId: uuid("property_id")
      .notNull()
      .references(() => properties.id, { onDelete: "cascade" }),
    code: text().notNull(),
    roomKind: text("room_kind"),
    validFrom: date("valid_from").notNull(),
    validTo: date("valid_to"),
    ...seasonalRateColumns,
  },
  (t) => [unique("rate_plans_code_kind_key").on(t.propertyId, t.code, t.roomKind).nullsNotDistinct()],
);
