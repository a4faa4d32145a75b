import { pgTable, serial, text, integer, foreignKey, primaryKey } from "drizzle-orm/pg-core"
import { sql } from "drizzle-orm"



export const places = pgTable("places", {
	id: serial().primaryKey(),
	name: text(),
	srid: integer(),
}, (table) => [
	foreignKey({
		columns: [table.srid],
		foreignColumns: [spatialRefSys.srid],
		name: "places_srid_fkey"
	}),
]);
