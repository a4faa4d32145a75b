import { boolean, index, pgTable, text, varchar } from "drizzle-orm/pg-core";
import { id, stripeId, timestamps } from "../../db/helpers";

export const customers = pgTable(
  "customers",
  {
    id: id(),
    name: text("name").notNull(),
    email: varchar("email", { length: 320 }).notNull(),
    stripeCustomerId: stripeId("stripe_customer_id").unique(),
    taxExempt: boolean("tax_exempt").notNull().default(false),
    country: varchar("country", { length: 2 }),
    ...timestamps,
  },
  (t) => [index("customers_email_idx").on(t.email)],
);
