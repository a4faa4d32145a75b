import type { Config } from "drizzle-kit";

const url = process.env.ANALYTICS_DATABASE_URL || process.env.DATABASE_URL || "postgres://localhost:5432/analytics";

export default {
  dialect: "postgresql",
  schema: "./src/analytics/schema/**/*.ts",
  out: "./migrations",
  dbCredentials: { url },
} satisfies Config;
