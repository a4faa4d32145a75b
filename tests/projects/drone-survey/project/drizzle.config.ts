import { defineConfig } from "drizzle-kit";

const url = new URL(process.env.DATABASE_URL ?? "postgres://drone:drone@localhost:5432/survey");

export default defineConfig({
  dialect: "postgresql",
  schema: "./src/db/schema.ts",
  out: "./drizzle/migrations",
  schemaFilter: ["public", "ops"],
  dbCredentials: {
    host: url.hostname,
    port: Number(url.port),
    user: url.username,
    password: url.password,
    database: url.pathname.slice(1),
  },
});
