import { sql } from "drizzle-orm";
import {
  type AnyPgColumn,
  boolean,
  integer,
  numeric,
  pgTable,
  serial,
  smallint,
  text,
  unique,
  varchar,
} from "drizzle-orm/pg-core";
import { allergen } from "./enums";

const money = (name: string) => numeric(name, { precision: 10, scale: 2, mode: "number" });

export const menuCategories = pgTable("menu_categories", {
  id: serial("id").primaryKey(),
  parentId: integer("parent_id").references((): AnyPgColumn => menuCategories.id, { onDelete: "cascade" }),
  name: varchar("name", { length: 80 }).notNull(),
  sortOrder: smallint("sort_order").notNull().default(0),
});

export const menuItems = pgTable(
  "menu_items",
  {
    id: serial("id").primaryKey(),
    categoryId: integer("category_id").notNull().references(() => menuCategories.id),
    sku: varchar("sku", { length: 24 }),
    name: text("name").notNull(),
    price: money("price").notNull(),
    vatRate: numeric("vat_rate", { precision: 4, scale: 3 }).default("0.190"),
    allergens: allergen("allergens").array().notNull().default([]),
    tags: text("tags").array().notNull().default(["new"]),
    spicyLevel: smallint("spicy_level").notNull().default(1),
    available: boolean("available").notNull().default(true),
  },
  (t) => [unique("menu_items_category_sku_uq").on(t.categoryId, t.sku).nullsNotDistinct()],
);
