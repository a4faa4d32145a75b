import { defineConfig } from "drizzle-kit";

// Written for drizzle-kit 0.x, where `casing` in the config mapped camelCase keys to snake_case.
export default defineConfig({
  dialect: "postgresql",
  schema: ["./src/db/habits.ts", "./src/db/users.ts"],
  casing: "snake_case",
  dbCredentials: {
    url: process.env.DATABASE_URL ?? "postgres://localhost/habits",
  },
});
