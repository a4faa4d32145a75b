import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  foreignKey,
  index,
  integer,
  jsonb,
  pgPolicy,
  pgTable,
  text,
  unique,
  varchar,
} from "drizzle-orm/pg-core";
import { audit, environmentScoped, pk } from "./columns";
import { flagsAdmin, flagsReader, sdkClient } from "./roles.schema";

export type Variant = { key: string; weight: number; payload?: unknown };
export type Rule = { attribute: string; op: "eq" | "in" | "gt" | "lt"; value: unknown };

export const environments = pgTable(
  "environments",
  {
    id: pk(),
    key: varchar("key", { length: 32 }).notNull(),
    name: text("name").notNull(),
    sdkKey: text("sdk_key").notNull(),
    ...audit(),
  },
  (t) => [
    unique("environments_key_uq").on(t.key),
    unique("environments_sdk_key_uq").on(t.sdkKey),
    check("environments_key_format", sql`${t.key} ~ '^[a-z][a-z0-9_-]*$'`),
  ],
);

export const flags = pgTable.withRLS(
  "flags",
  {
    id: pk(),
    ...environmentScoped(),
    key: varchar("key", { length: 128 }).notNull(),
    description: text("description"),
    enabled: boolean("enabled").notNull().default(false),
    variants: jsonb("variants").$type<Variant[]>().notNull().default([{ key: "on", weight: 100 }]),
    rules: jsonb("rules").$type<Rule[]>().notNull().default(sql`'[]'::jsonb`),
    rolloutPct: integer("rollout_pct").notNull().default(0),
    ...audit(),
  },
  (t) => [
    foreignKey({ name: "flags_environment_fk", columns: [t.environmentId], foreignColumns: [environments.id] })
      .onDelete("cascade")
      .onUpdate("no action"),
    unique("flags_env_key_uq").on(t.environmentId, t.key),
    index("flags_rules_gin").using("gin", t.rules.op("jsonb_path_ops")),
    check("flags_rollout_pct_range", sql`${t.rolloutPct} >= 0 and ${t.rolloutPct} <= 100`),
    pgPolicy("flags_admin_all", { as: "permissive", for: "all", to: flagsAdmin, using: sql`true`, withCheck: sql`true` }),
    pgPolicy("flags_read", { for: "select", to: [flagsReader, sdkClient], using: sql`${t.enabled}` }),
  ],
);

export const segments = pgTable(
  "segments",
  {
    id: pk(),
    ...environmentScoped(),
    name: text("name").notNull(),
    conditions: jsonb("conditions").$type<Rule[]>().notNull(),
    ...audit(),
  },
  (t) => [
    index("segments_conditions_gin").using("gin", t.conditions),
    pgPolicy("segments_admin", { to: flagsAdmin, using: sql`true` }),
  ],
).enableRLS();
