import { defineConfig } from "drizzle-kit";

export default defineConfig({
  dialect: "postgresql",
  schema: "./src/schema",
  out: "./migrations",
  dbCredentials: {
    url: process.env.IPAM_DB_URL ?? "postgres://ipam:ipam@db:5432/ipam?sslmode=disable",
  },
});
