import { defineConfig } from "drizzle-kit";

export default defineConfig({
  dialect: "postgresql",
  schema: "./src/server/db/schema",
  out: "./drizzle",
  tablesFilter: ["!pg_stat_*"],
  dbCredentials: {
    url: process.env.DATABASE_URL ?? "postgres://crm:crm@localhost:5432/crm",
  },
});
