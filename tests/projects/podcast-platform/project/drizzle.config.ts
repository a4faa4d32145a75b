import { defineConfig } from "drizzle-kit";

const { DB_HOST = "localhost", DB_NAME = "podcasts", DB_USER = "pod", DB_PASS = "pod" } = process.env;

export default defineConfig({
  dialect: "postgresql",
  schema: "./src/db/schema",
  out: "./src/db/drizzle",
  dbCredentials: { url: `postgres://${DB_USER}:${DB_PASS}@${DB_HOST}:5432/${DB_NAME}` },
  migrations: { prefix: "timestamp" },
});
