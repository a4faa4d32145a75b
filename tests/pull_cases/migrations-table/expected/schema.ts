import { pgSchema, pgTable, integer, serial, text, primaryKey } from "drizzle-orm/pg-core"
import { sql } from "drizzle-orm"

export const custom = pgSchema("custom");


export const keptInCustom = custom.table("kept", {
	id: integer(),
});

export const migrationsLogInCustom = custom.table("migrations_log", {
	id: serial().primaryKey(),
	hash: text(),
});

export const drizzleMigrations = pgTable("__drizzle_migrations", {
	id: integer(),
});

export const users = pgTable("users", {
	id: serial().primaryKey(),
});
