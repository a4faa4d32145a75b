import { pgSchema, pgTable, date, smallint, boolean, char, integer, customType, time, uuid, json, varchar, jsonb, bigint, inet, timestamp, numeric, cidr, text, macaddr, macaddr8, bit, real, interval, doublePrecision, point, line, primaryKey } from "drizzle-orm/pg-core"
import { sql } from "drizzle-orm"

export const ext = pgSchema("ext");


export const customTypes = pgTable("custom_types", {
	id: integer().primaryKey(),
	cDomain: customType({ dataType: () => 'positive_int' })("c_domain"),
	cDomainText: customType({ dataType: () => 'email_address' })("c_domain_text").notNull(),
	cComposite: customType({ dataType: () => 'pair' })("c_composite"),
	cOtherSchemaDomain: customType({ dataType: () => 'ext.short_code' })("c_other_schema_domain"),
});

export const misc = pgTable("misc", {
	cBoolean: boolean("c_boolean").notNull(),
	cBool: boolean("c_bool"),
	cUuid: uuid("c_uuid"),
	cJson: json("c_json"),
	cJsonb: jsonb("c_jsonb"),
	cInet: inet("c_inet"),
	cCidr: cidr("c_cidr"),
	cMacaddr: macaddr("c_macaddr"),
	cMacaddr8: macaddr8("c_macaddr8"),
	cBit: bit("c_bit", { dimensions: 1 }),
	cBitN: bit("c_bit_n", { dimensions: 8 }),
	cVarbit: customType({ dataType: () => 'bit varying' })("c_varbit"),
	cVarbitN: customType({ dataType: () => 'bit varying(16)' })("c_varbit_n"),
	cPoint: point("c_point"),
	cLine: line("c_line"),
	cLseg: customType({ dataType: () => 'lseg' })("c_lseg"),
	cBox: customType({ dataType: () => 'box' })("c_box"),
	cPath: customType({ dataType: () => 'path' })("c_path"),
	cPolygon: customType({ dataType: () => 'polygon' })("c_polygon"),
	cCircle: customType({ dataType: () => 'circle' })("c_circle"),
	cInt4range: customType({ dataType: () => 'int4range' })("c_int4range"),
	cTstzrange: customType({ dataType: () => 'tstzrange' })("c_tstzrange"),
	cInt4multirange: customType({ dataType: () => 'int4multirange' })("c_int4multirange"),
	cOid: customType({ dataType: () => 'oid' })("c_oid"),
	cRegclass: customType({ dataType: () => 'regclass' })("c_regclass"),
	cPgLsn: customType({ dataType: () => 'pg_lsn' })("c_pg_lsn"),
});

export const numbers = pgTable("numbers", {
	cSmallint: smallint("c_smallint"),
	cInt2: smallint("c_int2").notNull(),
	cInteger: integer("c_integer"),
	cInt: integer("c_int").notNull(),
	cBigint: bigint("c_bigint", { mode: 'number' }),
	cInt8: bigint("c_int8", { mode: 'number' }),
	cNumeric: numeric("c_numeric"),
	cNumericP: numeric("c_numeric_p", { precision: 10, scale: 0 }),
	cNumericPs: numeric("c_numeric_ps", { precision: 12, scale: 4 }),
	cDecimal: numeric("c_decimal", { precision: 8, scale: 2 }),
	cReal: real("c_real"),
	cFloat4: real("c_float4"),
	cDouble: doublePrecision("c_double"),
	cFloat8: doublePrecision("c_float8"),
	cFloat: real("c_float"),
	cMoney: customType({ dataType: () => 'money' })("c_money"),
});

export const temporal = pgTable("temporal", {
	cDate: date("c_date"),
	cTime: time("c_time"),
	cTimeP: time("c_time_p", { precision: 3 }),
	cTimetz: time("c_timetz", { withTimezone: true }),
	cTimeTzP: time("c_time_tz_p", { precision: 2, withTimezone: true }),
	cTimestamp: timestamp("c_timestamp"),
	cTimestampP: timestamp("c_timestamp_p", { precision: 6 }),
	cTimestamp0: timestamp("c_timestamp0", { precision: 0 }),
	cTimestamptz: timestamp("c_timestamptz", { withTimezone: true }),
	cTimestamptzP: timestamp("c_timestamptz_p", { precision: 3, withTimezone: true }),
	cInterval: interval("c_interval"),
	cIntervalFields: interval("c_interval_fields", { fields: 'day to second' }),
	cIntervalP: interval("c_interval_p", { precision: 3 }),
	cIntervalYm: interval("c_interval_ym", { fields: 'year to month' }),
});

export const texts = pgTable("texts", {
	cChar: char("c_char", { length: 1 }),
	cCharN: char("c_char_n", { length: 10 }),
	cCharacter: char("c_character", { length: 3 }),
	cVarchar: varchar("c_varchar"),
	cVarcharN: varchar("c_varchar_n", { length: 255 }),
	cCharacterVarying: varchar("c_character_varying", { length: 40 }),
	cText: text("c_text").notNull(),
	cBpchar: customType({ dataType: () => 'bpchar' })("c_bpchar"),
	cName: customType({ dataType: () => 'name' })("c_name"),
	cInternalChar: char("c_internal_char"),
	cBytea: customType({ dataType: () => 'bytea' })("c_bytea"),
	cXml: customType({ dataType: () => 'xml' })("c_xml"),
	cTsvector: customType({ dataType: () => 'tsvector' })("c_tsvector"),
	cTsquery: customType({ dataType: () => 'tsquery' })("c_tsquery"),
});
