import type { Config } from "drizzle-kit";

const isCI = !!process.env.CI;

export default {
  dialect: "postgresql",
  schema: "./src/db/schema.ts",
  out: isCI ? "./tmp/migrations" : "./migrations",
  dbCredentials: {
    url: isCI ? "postgres://ci:ci@postgres:5432/gradebook" : (process.env.DATABASE_URL ?? "postgres://localhost/gradebook"),
  },
  breakpoints: true,
} satisfies Config;
