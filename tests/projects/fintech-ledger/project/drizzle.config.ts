import { defineConfig } from "drizzle-kit";

const env = (key: string, fallback: string) => process.env[key] ?? fallback;

export default defineConfig({
  dialect: "postgresql",
  schema: "./src/ledger/*.schema.ts",
  out: "./db/migrations",
  dbCredentials: {
    url: env("LEDGER_DATABASE_URL", "postgres://ledger:ledger@localhost:6432/ledger"),
  },
  migrations: { table: "schema_migrations" },
});
