import "dotenv/config";
import { defineConfig } from "drizzle-kit";

export default defineConfig({
  dialect: "postgresql",
  schema: "./src/modules/**/schema.ts",
  out: "./src/db/migrations",
  dbCredentials: {
    url: process.env.DATABASE_URL ?? "postgres://billing:billing@localhost:5432/billing_dev",
  },
  migrations: {
    table: "__migrations",
    schema: "public",
  },
});
