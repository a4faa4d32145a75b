import { pgTable, pgEnum, integer, customType, primaryKey } from "drizzle-orm/pg-core"
import { sql } from "drizzle-orm"

export const oneValue = pgEnum("one_value", ["only"])


export const t = pgTable("t", {
	id: integer().primaryKey(),
	e: customType({ dataType: () => 'empty_enum' })(),
	o: oneValue(),
});
