import type { Config } from "drizzle-kit";

export default {
  schema: "./packages/db/src/schema/*.ts",
  out: "./packages/db/drizzle",
  dialect: "postgresql",
  dbCredentials: {
    url: process.env.DATABASE_URL ?? "postgresql://tracker:tracker@localhost:5432/tracker",
  },
} as Config;
