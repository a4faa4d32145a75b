import { pgTable, serial, text, primaryKey, pgView, integer } from "drizzle-orm/pg-core"
import { sql } from "drizzle-orm"



export const users = pgTable("users", {
	id: serial().primaryKey(),
	name: text(),
});
export const plain = pgView("plain", {	id: integer(),
	name: text(),
}).as(sql`SELECT users.id, users.name FROM users WHERE users.name <> ''::text`);

export const withSemicolonText = pgView("with_semicolon_text", {	id: integer(),
	txt: text(),
}).as(sql`SELECT users.id, 'ab'::text AS txt FROM users;`);

export const withSpacesText = pgView("with_spaces_text", {	id: integer(),
	twoSpaces: text("two  spaces"),
	nl: text(),
}).as(sql`SELECT users.id, 'two spaces'::text AS "two spaces", 'new line'::text AS nl FROM users`);