import { pgSchema, pgTable, integer, serial, text, primaryKey } from "drizzle-orm/pg-core"
import { sql } from "drizzle-orm"

export const drizzle = pgSchema("drizzle");
export const ops = pgSchema("ops");


export const drizzleMigrationsInDrizzle = drizzle.table("__drizzle_migrations", {
	id: serial().primaryKey(),
	hash: text(),
});

export const jobsInOps = ops.table("jobs", {
	id: integer(),
});
