import { sql } from "drizzle-orm";
import { bigint, boolean, index, pgTable, primaryKey, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";

export const users = pgTable(
  "users",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    login: text("login").notNull(),
    email: text("email"),
    isBot: boolean("is_bot").notNull().default(false),
    createdAt: timestamp("created_at", { mode: "string" }).notNull().default(sql`now()`),
  },
  (t) => [
    uniqueIndex("users_login_lower_uidx").on(sql`lower(${t.login})`),
    uniqueIndex("users_email_uidx").on(t.email).where(sql`${t.email} is not null`),
  ],
);

export const repositories = pgTable(
  "repositories",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    ownerId: bigint("owner_id", { mode: "number" })
      .notNull()
      .references(() => users.id),
    name: text("name").notNull(),
    defaultBranch: text("default_branch").notNull().default("main"),
    isPrivate: boolean("is_private").notNull().default(false),
    archivedAt: timestamp("archived_at", { withTimezone: true }),
  },
  (t) => [uniqueIndex("repositories_owner_name_uidx").on(t.ownerId, t.name)],
);

export const collaborators = pgTable(
  "collaborators",
  {
    repoId: bigint("repo_id", { mode: "number" }).notNull().references(() => repositories.id, { onDelete: "cascade" }),
    userId: bigint("user_id", { mode: "number" }).notNull().references(() => users.id, { onDelete: "cascade" }),
    permission: text("permission").notNull().default("write"),
  },
  (t) => [
    primaryKey({ columns: [t.repoId, t.userId] }),
    index("collaborators_user_idx").on(t.userId),
  ],
);
