import { sql } from "drizzle-orm";
import { pgPolicy, pgTable, text, timestamp, uuid, varchar } from "drizzle-orm/pg-core";
import { anonRole, authenticatedRole, authUid, authUsers } from "drizzle-orm/supabase";

export const profiles = pgTable(
  "profiles",
  {
    id: uuid("id")
      .primaryKey()
      .references(() => authUsers.id, { onDelete: "cascade" }),
    username: varchar("username", { length: 32 }).unique(),
    fullName: text("full_name"),
    avatarUrl: text("avatar_url"),
    website: text("website"),
    updatedAt: timestamp("updated_at", { withTimezone: true }).defaultNow(),
  },
  (t) => [
    pgPolicy("Public profiles are viewable by everyone.", {
      for: "select",
      to: [anonRole, authenticatedRole],
      using: sql`true`,
    }),
    pgPolicy("Users can insert their own profile.", {
      for: "insert",
      to: authenticatedRole,
      withCheck: sql`${authUid} = ${t.id}`,
    }),
    pgPolicy("Users can update own profile.", {
      for: "update",
      to: authenticatedRole,
      using: sql`${authUid} = ${t.id}`,
    }),
  ],
).enableRLS();
