import { pgEnum } from "drizzle-orm/pg-core";

export const ALLERGENS = ["gluten", "dairy", "egg", "nuts", "peanuts", "soy", "fish", "shellfish", "sesame", "mustard", "celery"] as const;
export type Allergen = (typeof ALLERGENS)[number];

export const allergen = pgEnum("allergen", ALLERGENS);
export const orderChannel = pgEnum("order_channel", ["dine_in", "takeaway", "curbside", "delivery"]);
export const orderState = pgEnum("order_state", ["open", "sent_to_kitchen", "served", "paid", "void"]);
