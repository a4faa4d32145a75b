import { sql } from "drizzle-orm";
import { pgPolicy, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { authUid, authUsers } from "drizzle-orm/supabase";
import { authenticated, serviceRole } from "./roles";

export const teams = pgTable(
  "teams",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    name: text("name").notNull(),
    ownerId: uuid("owner_id")
      .notNull()
      .default(sql`auth.uid()`)
      .references(() => authUsers.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    pgPolicy("teams_member_read", {
      for: "select",
      to: authenticated,
      using: sql`exists (select 1 from team_members m where m.team_id = ${t.id} and m.user_id = ${authUid})`,
    }),
    pgPolicy("teams_owner_write", {
      for: "all",
      to: authenticated,
      using: sql`${t.ownerId} = ${authUid}`,
      withCheck: sql`${t.ownerId} = ${authUid}`,
    }),
    pgPolicy("teams_service", { for: "all", to: serviceRole, using: sql`true` }),
  ],
);

export const teamMembers = pgTable(
  "team_members",
  {
    teamId: uuid("team_id")
      .notNull()
      .references(() => teams.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => authUsers.id, { onDelete: "cascade" }),
    role: text("role").notNull().default("member"),
  },
  (t) => [
    primaryKey({ columns: [t.teamId, t.userId] }),
    pgPolicy("team_members_self_read", { for: "select", to: authenticated, using: sql`${t.userId} = ${authUid}` }),
  ],
);
