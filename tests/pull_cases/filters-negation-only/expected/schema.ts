import { pgTable, integer, primaryKey } from "drizzle-orm/pg-core"
import { sql } from "drizzle-orm"



export const alsoKept = pgTable("also_kept", {
	id: integer(),
});

export const keepMe = pgTable("keep_me", {
	id: integer().primaryKey(),
});
