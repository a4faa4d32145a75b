create type color as enum ('red', 'green', 'blue');
create schema paint;
create type paint.finish as enum ('matte', 'gloss');

create table arrays (
  id serial primary key,
  ints integer[],
  ints_sized integer[3],
  ints_2d integer[][],
  ints_3d int[][][] not null default '{}',
  bigs bigint[] default '{1,2,3}',
  texts text[] not null default '{}'::text[],
  texts_default text[] default array['a', 'b c', 'd''e'],
  varchars varchar(20)[] default '{"x","y"}',
  bools boolean[] default '{true,false}',
  numerics numeric(6,2)[] default '{1.5,2.25}',
  uuids uuid[],
  timestamps timestamp[] default '{"2020-01-01 00:00:00"}',
  jsons jsonb[],
  colors color[] default '{red,blue}',
  colors_2d color[][],
  finishes paint.finish[] default array['matte']::paint.finish[],
  points point[],
  dates date[] default array[current_date],
  chars char(2)[]
);
