import { sql } from "drizzle-orm";
import {
  type AnyPgColumn,
  boolean,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  serial,
  text,
  timestamp,
  uniqueIndex,
  varchar,
} from "drizzle-orm/pg-core";
import { productStatus } from "./enums";

export const categories = pgTable(
  "categories",
  {
    id: serial("id").primaryKey(),
    parentId: integer("parent_id").references((): AnyPgColumn => categories.id, { onDelete: "set null" }),
    name: varchar("name", { length: 120 }).notNull(),
    slug: varchar("slug", { length: 140 }).notNull(),
    position: integer("position").notNull().default(0),
  },
  (t) => [uniqueIndex("categories_slug_uidx").on(t.slug)],
);

export const products = pgTable(
  "products",
  {
    id: serial("id").primaryKey(),
    categoryId: integer("category_id").references(() => categories.id),
    title: varchar("title", { length: 200 }).notNull(),
    handle: varchar("handle", { length: 200 }).notNull().unique(),
    description: text("description"),
    status: productStatus("status").notNull().default("draft"),
    tags: text("tags").array().notNull().default(sql`ARRAY[]::text[]`),
    attributes: jsonb("attributes").$type<Record<string, string | number>>().default({}),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("products_category_idx").on(t.categoryId),
    index("products_tags_gin_idx").using("gin", t.tags),
    index("products_active_idx").on(t.createdAt.desc()).where(sql`${t.status} = 'active'`),
  ],
);

export const productVariants = pgTable(
  "product_variants",
  {
    id: serial("id").primaryKey(),
    productId: integer("product_id")
      .notNull()
      .references(() => products.id, { onDelete: "cascade" }),
    sku: varchar("sku", { length: 64 }).notNull(),
    title: varchar("title", { length: 200 }).notNull(),
    price: numeric("price", { precision: 10, scale: 2 }).notNull(),
    compareAtPrice: numeric("compare_at_price", { precision: 10, scale: 2 }),
    weightGrams: integer("weight_grams"),
    options: jsonb("options").$type<{ size?: string; color?: string }>(),
    isDefault: boolean("is_default").notNull().default(false),
  },
  (t) => [
    uniqueIndex("product_variants_sku_uidx").on(t.sku),
    uniqueIndex("product_variants_one_default_uidx").on(t.productId).where(sql`${t.isDefault}`),
  ],
);

export const productImages = pgTable("product_images", {
  id: serial("id").primaryKey(),
  productId: integer("product_id")
    .notNull()
    .references(() => products.id, { onDelete: "cascade" }),
  url: text("url").notNull(),
  alt: text("alt"),
  position: integer("position").notNull().default(0),
});
