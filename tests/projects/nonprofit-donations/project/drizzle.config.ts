import type { Config } from "drizzle-kit";

export default {
  dialect: "postgresql",
  schema: ["./app/db/roles.ts", "./app/db/donors.ts", "./app/db/donations.ts"],
  out: "./app/db/migrations",
  dbCredentials: {
    url: process.env.DATABASE_URL ?? "postgres://postgres@localhost:5432/givewell",
  },
  entities: {
    roles: { exclude: ["postgres"] },
  },
} as Config;
