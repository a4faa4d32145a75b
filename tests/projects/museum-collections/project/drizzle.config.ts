import "dotenv/config";
import { defineConfig } from "drizzle-kit";

export default defineConfig({
  dialect: "postgresql",
  schema: "./db/*.schema.ts",
  out: "./db/migrations",
  schemaFilter: [process.env.COLLECTIONS_SCHEMA ?? "collections", "public"],
  dbCredentials: { url: process.env.DATABASE_URL! },
});
