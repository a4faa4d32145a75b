import { defineConfig } from "drizzle-kit";

export default defineConfig({
  dialect: "postgresql",
  schema: ["./src/db/schema/fleet.ts", "./src/db/schema/dispatch.ts"],
  out: "./drizzle",
  schemaFilter: ["fleet", "public"],
  dbCredentials: {
    url: process.env.FLEET_DATABASE_URL ?? "postgres://fleet:fleet@localhost:5432/fleet",
  },
});
