-- drizzle-kit pastes schema names into its SQL between single quotes, so a schema whose name holds
-- one breaks every later query and the pull fails. dbkit sends no names in its SQL.
create schema "it's";
create table "it's"."o'neil" (id integer primary key, "it's" text default 'it''s');
create table plain (id integer primary key);
