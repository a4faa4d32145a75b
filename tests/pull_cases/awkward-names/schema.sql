-- Names that need quoting: upper case, spaces, reserved words, punctuation, unicode, 63 characters.
create schema "My Schema";
create type "My Schema"."Mood Type" as enum ('so-so', 'it''s fine', 'with space', 'UPPER');

create table "User" (
  "ID" serial primary key,
  "First Name" text not null,
  "e-mail" varchar(200) unique,
  "select" integer default 1,
  "order" text,
  "naïve_ünïcode" text default 'héllo',
  "with""quote" text
);

create table "user" (
  id serial primary key,
  "User_ID" integer references "User"("ID")
);

create table "My Schema"."Table With Spaces" (
  "Key Column" integer primary key,
  "Mood" "My Schema"."Mood Type" default 'it''s fine',
  "Moods" "My Schema"."Mood Type"[]
);

create table a_table_name_that_is_exactly_sixty_three_characters_long_abcdef (
  a_column_name_that_is_exactly_sixty_three_characters_long_abcde integer primary key
);

create table "from" ("to" text, "where" integer check ("where" > 0));
create index "Index On From" on "from" ("to");
