import { pgSchema, pgTable, serial, integer, text, pgEnum, varchar, index, foreignKey, primaryKey, unique, check } from "drizzle-orm/pg-core"
import { sql } from "drizzle-orm"

export const mySchema = pgSchema("My Schema");
export const moodTypeInMySchema = mySchema.enum("Mood Type", ["so-so", "it's fine", "with space", "UPPER"])


export const tableWithSpacesInMySchema = mySchema.table("Table With Spaces", {
	keyColumn: integer("Key Column").primaryKey(),
	mood: moodTypeInMySchema("Mood").default("it's fine"),
	moods: moodTypeInMySchema("Moods").array(),
});

export const aTableNameThatIsExactlySixtyThreeCharactersLongAbcdef = pgTable("a_table_name_that_is_exactly_sixty_three_characters_long_abcdef", {
	aColumnNameThatIsExactlySixtyThreeCharactersLongAbcde: integer("a_column_name_that_is_exactly_sixty_three_characters_long_abcde").notNull(),
}, (table) => [
	primaryKey({ columns: [table.aColumnNameThatIsExactlySixtyThreeCharactersLongAbcde], name: "a_table_name_that_is_exactly_sixty_three_characters_long_a_pkey"}),
]);

export const from = pgTable("from", {
	to: text(),
	where: integer(),
}, (table) => [
	index("Index On From").using("btree", table.to.asc().nullsLast()),
check("from_where_check", sql`("where" > 0)`),]);

export const user = pgTable("User", {
	id: serial("ID").primaryKey(),
	firstName: text("First Name").notNull(),
	eMail: varchar("e-mail", { length: 200 }),
	select: integer().default(1),
	order: text(),
	"naïveÜnïcode": text("naïve_ünïcode").default("héllo"),
	withQuote: text("with"quote"),
}, (table) => [
	unique("User_e-mail_key").on(table.eMail),]);

export const user = pgTable("user", {
	id: serial().primaryKey(),
	userID: integer("User_ID"),
}, (table) => [
	foreignKey({
		columns: [table.userID],
		foreignColumns: [user.id],
		name: "user_User_ID_fkey"
	}),
]);
