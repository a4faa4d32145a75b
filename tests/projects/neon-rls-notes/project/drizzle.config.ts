import { config } from "dotenv";
import { defineConfig } from "drizzle-kit";

config({ path: ".env" });

export default defineConfig({
  schema: ["./app/db/schema.ts", "./app/db/sharing.ts"],
  out: "./drizzle",
  dialect: "postgresql",
  entities: { roles: { provider: "neon" } },
  dbCredentials: {
    url: process.env.DATABASE_AUTHENTICATED_URL ?? process.env.DATABASE_URL ?? "postgresql://neondb_owner@localhost/neondb",
  },
});
