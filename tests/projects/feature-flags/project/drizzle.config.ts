import "dotenv/config";
import type { Config } from "drizzle-kit";

export default {
  schema: "./src/db/*.schema.ts",
  out: "./migrations",
  dialect: "postgresql",
  dbCredentials: {
    host: process.env.PGHOST ?? "localhost",
    port: Number(process.env.PGPORT ?? 5432),
    user: process.env.PGUSER ?? "flags",
    password: process.env.PGPASSWORD ?? "flags",
    database: process.env.PGDATABASE ?? "flags",
    ssl: false,
  },
  entities: {
    roles: { exclude: ["postgres"] },
  },
} satisfies Config;
