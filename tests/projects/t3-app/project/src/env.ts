// Trimmed stand-in for the @t3-oss/env-nextjs file create-t3-app generates.
export const env = {
  DATABASE_URL: process.env.DATABASE_URL ?? "postgresql://postgres:password@localhost:5432/t3gallery",
  NODE_ENV: process.env.NODE_ENV ?? "development",
};
