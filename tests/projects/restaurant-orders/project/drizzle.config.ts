import type { Config } from "drizzle-kit";

const url = process.env.DATABASE_URL || "postgresql://postgres:postgres@127.0.0.1:5432/bistro";

export default {
  dialect: "postgresql",
  schema: "./db",
  out: "./db/migrations",
  dbCredentials: { url },
  strict: true,
} satisfies Config;
