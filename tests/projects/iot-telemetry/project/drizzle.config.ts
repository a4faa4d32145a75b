import { defineConfig } from "drizzle-kit";

const url = new URL(process.env.TIMESERIES_URL ?? "postgres://iot:iot@localhost:5432/telemetry");

export default defineConfig({
  dialect: "postgresql",
  schema: ["./src/db/fleet.ts", "./src/db/readings.ts", "./src/db/alerts.ts"],
  out: "./drizzle",
  dbCredentials: {
    host: url.hostname,
    port: Number(url.port || 5432),
    user: decodeURIComponent(url.username),
    password: decodeURIComponent(url.password),
    database: url.pathname.slice(1),
  },
});
