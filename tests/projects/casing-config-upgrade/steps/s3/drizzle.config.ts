import { defineConfig } from "drizzle-kit";

export default defineConfig({
  dialect: "postgresql",
  schema: ["./src/db/habits.ts", "./src/db/users.ts"],

  dbCredentials: {
    url: process.env.DATABASE_URL ?? "postgres://localhost/habits",
  },
});
