import { defineConfig } from "drizzle-kit";

export default defineConfig({
  dialect: "postgresql",
  schema: "./packages/db/src/schemas/**/*.ts",
  out: "./packages/db/migrations",
  schemaFilter: ["inventory", "purchasing", "ledger"],
  dbCredentials: {
    url: process.env.WMS_DATABASE_URL!,
  },
  migrations: { schema: "inventory", table: "schema_migrations" },
});
