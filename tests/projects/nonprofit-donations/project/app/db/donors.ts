import { sql } from "drizzle-orm";
import { boolean, pgPolicy, pgTable, text, timestamp, uuid, varchar } from "drizzle-orm/pg-core";
import { currentDonorId, donorPortal, fundraiser } from "./roles";

export const donors = pgTable(
  "donors",
  {
    id: uuid().primaryKey().defaultRandom(),
    email: varchar({ length: 255 }).notNull().unique(),
    fullName: text("full_name").notNull(),
    giftAid: boolean("gift_aid").notNull().default(false),
    anonymous: boolean().notNull().default(false),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    pgPolicy("donors_self_read", {
      for: "select",
      to: donorPortal,
      using: sql`${t.id} = ${currentDonorId}`,
    }),
    pgPolicy("donors_staff_all", {
      as: "permissive",
      for: "all",
      to: [fundraiser],
      using: sql`true`,
    }),
  ],
).enableRLS();

export const mailingPreferences = pgTable("mailing_preferences", {
  donorId: uuid("donor_id")
    .primaryKey()
    .references(() => donors.id, { onDelete: "cascade" }),
  newsletter: boolean().notNull().default(true),
  appeals: boolean().notNull().default(true),
});
