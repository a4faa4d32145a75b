import { defineConfig } from "drizzle-kit";

export default defineConfig({
  dialect: "postgresql",
  schema: ["./db/schemas.ts", "./db/hr/*.ts", "./db/payroll/*.ts"],
  out: "./db/migrations",
  schemaFilter: ["hr", "payroll"],
  dbCredentials: {
    host: process.env.PGHOST ?? "localhost",
    port: parseInt(process.env.PGPORT ?? "5432", 10),
    user: process.env.PGUSER ?? "hr",
    password: process.env.PGPASSWORD,
    database: process.env.PGDATABASE ?? "hr",
  },
});
