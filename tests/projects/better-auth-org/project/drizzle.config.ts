import type { Config } from "drizzle-kit";

const databaseUrl = process.env.DATABASE_URL || "postgresql://localhost:5432/teamspace_dev";

export default {
  schema: ["./src/server/db/auth/*.ts", "./src/server/db/app.ts"],
  out: "./migrations",
  dialect: "postgresql",
  dbCredentials: { url: databaseUrl },
  verbose: true,
} satisfies Config;
