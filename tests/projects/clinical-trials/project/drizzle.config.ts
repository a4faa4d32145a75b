import type { Config } from "drizzle-kit";

const config = {
  dialect: "postgresql",
  schema: "./src/db/*.ts",
  out: "./drizzle",
  dbCredentials: { url: process.env.TRIALS_DB_URL ?? "postgres://trials@localhost/trials" },
  schemaFilter: ["public", "research"],
  entities: { roles: true },
  verbose: true,
} satisfies Config;

export default config;
