-- One column per built-in type spelling, nullable and not null.
create table numbers (
  c_smallint smallint,
  c_int2 int2 not null,
  c_integer integer,
  c_int int not null,
  c_bigint bigint,
  c_int8 int8,
  c_numeric numeric,
  c_numeric_p numeric(10),
  c_numeric_ps numeric(12, 4),
  c_decimal decimal(8, 2),
  c_real real,
  c_float4 float4,
  c_double double precision,
  c_float8 float8,
  c_float float(10),
  c_money money
);

create table texts (
  c_char char,
  c_char_n char(10),
  c_character character(3),
  c_varchar varchar,
  c_varchar_n varchar(255),
  c_character_varying character varying(40),
  c_text text not null,
  c_bpchar bpchar,
  c_name name,
  c_internal_char "char",
  c_bytea bytea,
  c_xml xml,
  c_tsvector tsvector,
  c_tsquery tsquery
);

create table temporal (
  c_date date,
  c_time time,
  c_time_p time(3),
  c_timetz timetz,
  c_time_tz_p time(2) with time zone,
  c_timestamp timestamp,
  c_timestamp_p timestamp(6),
  c_timestamp0 timestamp(0) without time zone,
  c_timestamptz timestamptz,
  c_timestamptz_p timestamp(3) with time zone,
  c_interval interval,
  c_interval_fields interval day to second,
  c_interval_p interval(3),
  c_interval_ym interval year to month
);

create table misc (
  c_boolean boolean not null,
  c_bool bool,
  c_uuid uuid,
  c_json json,
  c_jsonb jsonb,
  c_inet inet,
  c_cidr cidr,
  c_macaddr macaddr,
  c_macaddr8 macaddr8,
  c_bit bit,
  c_bit_n bit(8),
  c_varbit varbit,
  c_varbit_n bit varying(16),
  c_point point,
  c_line line,
  c_lseg lseg,
  c_box box,
  c_path path,
  c_polygon polygon,
  c_circle circle,
  c_int4range int4range,
  c_tstzrange tstzrange,
  c_int4multirange int4multirange,
  c_oid oid,
  c_regclass regclass,
  c_pg_lsn pg_lsn
);

create domain positive_int as integer check (value > 0);
create domain email_address as text;
create type pair as (a integer, b text);
create schema ext;
create domain ext.short_code as varchar(8);

create table custom_types (
  id integer primary key,
  c_domain positive_int,
  c_domain_text email_address not null,
  c_composite pair,
  c_other_schema_domain ext.short_code
);
