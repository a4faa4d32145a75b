import { defineConfig } from "drizzle-kit";

const {
  DB_HOST = "localhost",
  DB_PORT = "5432",
  DB_USER = "shop",
  DB_PASSWORD = "shop",
  DB_NAME = "shop",
} = process.env;

export default defineConfig({
  dialect: "postgresql",
  schema: [
    "./server/database/schema/enums.ts",
    "./server/database/schema/catalog.ts",
    "./server/database/schema/inventory.ts",
    "./server/database/schema/customers.ts",
    "./server/database/schema/orders.ts",
    "./server/database/schema/fulfillment.ts",
  ],
  out: "./server/database/migrations",
  dbCredentials: {
    url: `postgres://${DB_USER}:${DB_PASSWORD}@${DB_HOST}:${DB_PORT}/${DB_NAME}`,
  },
});
