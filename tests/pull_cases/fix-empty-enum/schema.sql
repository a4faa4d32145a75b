-- An enum without labels: drizzle-kit's enum query joins pg_enum, so the type disappears while a
-- column still uses it. dbkit pulls it with values [].
create type empty_enum as enum ();
create type one_value as enum ('only');
create table t (id integer primary key, e empty_enum, o one_value);
