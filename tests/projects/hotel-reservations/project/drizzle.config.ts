import type { Config } from "drizzle-kit";

const {
  PGHOST = "localhost",
  PGPORT = "5432",
  PGUSER = "hotel",
  PGPASSWORD,
  PGDATABASE = "hotel",
} = process.env;

const config: Config = {
  dialect: "postgresql",
  schema: ["./src/server/db/schema/rooms.ts", "./src/server/db/schema/stays.ts", "./src/server/db/schema/rates.ts"],
  out: "./src/server/db/migrations",
  dbCredentials: {
    host: PGHOST,
    port: Number(PGPORT),
    user: PGUSER,
    password: PGPASSWORD ?? "",
    database: PGDATABASE,
    ssl: process.env.PGSSLMODE === "require",
  },
};

export default config;
