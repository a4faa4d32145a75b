import { defineConfig } from "drizzle-kit";

export default defineConfig({
  dialect: "postgresql",
  schema: "./src/db/schema",
  out: "./drizzle",
  schemaFilter: ["app", "audit"],
  migrations: { schema: "app", table: "drizzle_migrations" },
  dbCredentials: {
    url: process.env.DATABASE_URL ?? "postgres://helpdesk@localhost:5432/helpdesk",
  },
});
