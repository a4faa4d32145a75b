import { defineConfig } from 'drizzle-kit';

if (!process.env.DATABASE_URL) {
	process.env.DATABASE_URL = 'postgres://tickets:tickets@localhost:5432/tickets';
}

export default defineConfig({
	schema: './src/lib/server/db/schema',
	out: './drizzle',
	dialect: 'postgresql',
	dbCredentials: { url: process.env.DATABASE_URL },
	verbose: true,
	strict: true
});
