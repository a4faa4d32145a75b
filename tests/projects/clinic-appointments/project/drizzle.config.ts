import { defineConfig } from "drizzle-kit";

export default defineConfig({
  dialect: "postgresql",
  schema: "./server/db/schema/*.ts",
  out: "./server/db/migrations",
  schemaFilter: ["public", "clinic"],
  dbCredentials: {
    url: process.env.NUXT_DATABASE_URL ?? process.env.DATABASE_URL ?? "postgres://clinic:clinic@localhost:5432/clinic",
    ssl: process.env.NODE_ENV === "production" ? "require" : false,
  },
});
