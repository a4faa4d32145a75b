import { defineConfig } from 'drizzle-kit';

if (!process.env.DATABASE_URL) console.warn('DATABASE_URL is not set, using the local default');

export default defineConfig({
	schema: './src/lib/server/db/schema/*.ts',
	dialect: 'postgresql',
	dbCredentials: { url: process.env.DATABASE_URL ?? 'postgres://root:mysecretpassword@localhost:5432/local' },
	verbose: true,
	strict: true
});
