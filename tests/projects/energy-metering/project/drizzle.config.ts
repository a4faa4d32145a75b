import { defineConfig } from "drizzle-kit";

const url = new URL(process.env.METERING_DB_URL ?? "postgres://meter:meter@127.0.0.1:6543/metering");

export default defineConfig({
  dialect: "postgresql",
  schema: "./src/schema",
  out: "./drizzle",
  schemaFilter: ["public", "billing"],
  dbCredentials: {
    host: url.hostname,
    port: Number(url.port || 5432),
    user: decodeURIComponent(url.username),
    password: decodeURIComponent(url.password),
    database: url.pathname.slice(1),
    ssl: false,
  },
});
