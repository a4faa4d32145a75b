import { defineConfig } from "drizzle-kit";

const isProd = process.env.NODE_ENV === "production";

export default defineConfig({
  dialect: "postgresql",
  schema: "./src/server/db/schema",
  out: "./src/server/db/migrations",
  dbCredentials: isProd
    ? { url: process.env.DATABASE_URL! }
    : {
        host: "localhost",
        port: 5432,
        user: "booking",
        password: process.env.PGPASSWORD ?? "booking",
        database: "booking_dev",
        ssl: false,
      },
});
