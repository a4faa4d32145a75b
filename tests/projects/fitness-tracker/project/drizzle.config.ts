import type { Config } from "drizzle-kit";

const SCHEMA_DIR = process.env.DB_SCHEMA_DIR ?? "./src/db/schema";
const databaseUrl = process.env.DATABASE_URL || "postgres://postgres:postgres@localhost:5432/fitness";

export default {
  schema: `${SCHEMA_DIR}/*.ts`,
  out: "./drizzle",
  dialect: "postgresql",
  dbCredentials: { url: databaseUrl },
  verbose: true,
  strict: true,
} satisfies Config;
