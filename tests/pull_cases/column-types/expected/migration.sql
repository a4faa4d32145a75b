-- Current sql file was generated after introspecting the database
-- If you want to run this migration please uncomment this code before executing migrations
/*
CREATE SCHEMA "ext";
--> statement-breakpoint
CREATE TABLE "custom_types" (
	"id" integer PRIMARY KEY,
	"c_domain" positive_int,
	"c_domain_text" email_address NOT NULL,
	"c_composite" pair,
	"c_other_schema_domain" ext.short_code
);
--> statement-breakpoint
CREATE TABLE "misc" (
	"c_boolean" boolean NOT NULL,
	"c_bool" boolean,
	"c_uuid" uuid,
	"c_json" json,
	"c_jsonb" jsonb,
	"c_inet" inet,
	"c_cidr" cidr,
	"c_macaddr" macaddr,
	"c_macaddr8" macaddr8,
	"c_bit" bit(1),
	"c_bit_n" bit(8),
	"c_varbit" bit varying,
	"c_varbit_n" bit varying(16),
	"c_point" point,
	"c_line" line,
	"c_lseg" lseg,
	"c_box" box,
	"c_path" path,
	"c_polygon" polygon,
	"c_circle" circle,
	"c_int4range" int4range,
	"c_tstzrange" tstzrange,
	"c_int4multirange" int4multirange,
	"c_oid" oid,
	"c_regclass" regclass,
	"c_pg_lsn" pg_lsn
);
--> statement-breakpoint
CREATE TABLE "numbers" (
	"c_smallint" smallint,
	"c_int2" smallint NOT NULL,
	"c_integer" integer,
	"c_int" integer NOT NULL,
	"c_bigint" bigint,
	"c_int8" bigint,
	"c_numeric" numeric,
	"c_numeric_p" numeric(10,0),
	"c_numeric_ps" numeric(12,4),
	"c_decimal" numeric(8,2),
	"c_real" real,
	"c_float4" real,
	"c_double" double precision,
	"c_float8" double precision,
	"c_float" real,
	"c_money" money
);
--> statement-breakpoint
CREATE TABLE "temporal" (
	"c_date" date,
	"c_time" time,
	"c_time_p" time(3),
	"c_timetz" time with time zone,
	"c_time_tz_p" time(2) with time zone,
	"c_timestamp" timestamp,
	"c_timestamp_p" timestamp(6),
	"c_timestamp0" timestamp(0),
	"c_timestamptz" timestamp with time zone,
	"c_timestamptz_p" timestamp(3) with time zone,
	"c_interval" interval,
	"c_interval_fields" interval day to second,
	"c_interval_p" interval(3),
	"c_interval_ym" interval year to month
);
--> statement-breakpoint
CREATE TABLE "texts" (
	"c_char" char(1),
	"c_char_n" char(10),
	"c_character" char(3),
	"c_varchar" varchar,
	"c_varchar_n" varchar(255),
	"c_character_varying" varchar(40),
	"c_text" text NOT NULL,
	"c_bpchar" bpchar,
	"c_name" name,
	"c_internal_char" char,
	"c_bytea" bytea,
	"c_xml" xml,
	"c_tsvector" tsvector,
	"c_tsquery" tsquery
);

*/