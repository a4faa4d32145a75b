import { pgTable, serial, text, primaryKey, pgPolicy } from "drizzle-orm/pg-core"
import { sql } from "drizzle-orm"



export const notes = pgTable.withRLS("notes", {
	id: serial().primaryKey(),
	body: text(),
}, (table) => [

	pgPolicy("comma", { for: "select", to: [""comma", "role""], using: sql`true` }),

	pgPolicy("mixed", { for: "select", to: [""Mixed Role"", "app_reader"], using: sql`true` }),

	pgPolicy("plain", { for: "select", to: ["app_reader"], using: sql`true` }),
]);
