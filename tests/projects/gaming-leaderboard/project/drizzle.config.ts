import type { Config } from "drizzle-kit";

const isProd = process.env.NODE_ENV === "production";

const config: Config = {
  dialect: "postgresql",
  schema: "./src/schema/index.ts",
  out: "./drizzle",
  dbCredentials: {
    url: isProd ? process.env.DATABASE_URL! : "postgres://game:game@localhost:5432/leaderboard",
  },
  breakpoints: true,
};

export default config;
