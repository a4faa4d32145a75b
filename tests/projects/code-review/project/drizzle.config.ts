import { defineConfig } from "drizzle-kit";

if (!process.env.DATABASE_URL) {
  console.warn("DATABASE_URL not set, using the local docker database");
}

export default defineConfig({
  out: "./src/server/db/migrations",
  schema: "./src/server/db/schema/*.ts",
  dialect: "postgresql",
  dbCredentials: {
    url: process.env.DATABASE_URL ?? "postgres://review:review@localhost:5433/review",
  },
});
