import { defineConfig } from "drizzle-kit";

const env = process.env.NODE_ENV ?? "development";
const defaults: Record<string, string> = {
  development: "postgres://library:library@localhost:5432/library_dev",
  test: "postgres://library:library@localhost:5432/library_test",
};

export default defineConfig({
  dialect: "postgresql",
  schema: "./src/db/schema.ts",
  out: "./migrations",
  dbCredentials: { url: process.env.DATABASE_URL ?? defaults[env] ?? defaults.development! },
});
