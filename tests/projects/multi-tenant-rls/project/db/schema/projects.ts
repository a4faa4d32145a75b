import { sql } from "drizzle-orm";
import { boolean, index, jsonb, pgPolicy, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { organizations } from "./organizations";
import { supportReader } from "./roles";
import { organizationId, tenantIsolation } from "./tenancy";

export const projects = pgTable.withRLS(
  "projects",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organizationId: organizationId().references(() => organizations.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    archived: boolean("archived").notNull().default(false),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("projects_org_idx").on(t.organizationId),
    tenantIsolation("projects", t.organizationId),
    pgPolicy("projects_support_read", { for: "select", to: supportReader, using: sql`true` }),
  ],
);

export const documents = pgTable.withRLS(
  "documents",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organizationId: organizationId().references(() => organizations.id, { onDelete: "cascade" }),
    projectId: uuid("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    content: jsonb("content").notNull().default(sql`'{}'::jsonb`),
    createdBy: uuid("created_by").notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("documents_org_project_idx").on(t.organizationId, t.projectId),
    tenantIsolation("documents", t.organizationId),
  ],
);
