import type { Config } from "drizzle-kit";

export default {
  dialect: "postgresql",
  schema: ["./src/schema/trips.ts", "./src/schema/bookings.ts"],
  out: "./migrations",
  dbCredentials: {
    host: process.env.PGHOST ?? "localhost",
    port: Number(process.env.PGPORT ?? 5432),
    user: "travel",
    password: "travel",
    database: "itineraries",
    ssl: false,
  },
} satisfies Config;
