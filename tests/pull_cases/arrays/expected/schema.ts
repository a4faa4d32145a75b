import { pgSchema, pgTable, pgEnum, serial, integer, bigint, text, varchar, boolean, numeric, uuid, timestamp, jsonb, point, date, char, primaryKey } from "drizzle-orm/pg-core"
import { sql } from "drizzle-orm"

export const paint = pgSchema("paint");
export const color = pgEnum("color", ["red", "green", "blue"])
export const finishInPaint = paint.enum("finish", ["matte", "gloss"])


export const arrays = pgTable("arrays", {
	id: serial().primaryKey(),
	ints: integer().array(),
	intsSized: integer("ints_sized").array(),
	ints2d: integer("ints_2d").array("[][]"),
	ints3d: integer("ints_3d").array("[][][]").default([]).notNull(),
	bigs: bigint({ mode: 'bigint' }).array().default([1n,2n,3n]),
	texts: text().array().default([]).notNull(),
	textsDefault: text("texts_default").array().default(sql`ARRAY['a'::text, 'b c'::text, 'd''e'::text]`),
	varchars: varchar({ length: 20 }).array().default(["x","y"]),
	bools: boolean().array().default([true,false]),
	numerics: numeric({ precision: 6, scale: 2 }).array().default(sql`'{1.5,2.25}'`),
	uuids: uuid().array(),
	timestamps: timestamp().array().default([new Date("2020-01-01T00:00:00Z")]),
	jsons: jsonb().array(),
	colors: color().array().default(["red","blue"]),
	colors2d: color("colors_2d").array("[][]"),
	finishes: finishInPaint().array().default(sql`ARRAY['matte'::paint.finish]`),
	points: point().array(),
	dates: date().array().default(sql`ARRAY[CURRENT_DATE]`),
	chars: char({ length: 2 }).array(),
});
