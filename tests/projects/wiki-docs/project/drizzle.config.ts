import { defineConfig } from "drizzle-kit";

export default defineConfig({
  dialect: "postgresql",
  schema: ["./src/db/schema/spaces.ts", "./src/db/schema/pages.ts", "./src/db/schema/revisions.ts"],
  out: "./drizzle",
  dbCredentials: {
    url: process.env.WIKI_DATABASE_URL ?? "postgres://wiki@localhost/wiki",
  },
});
