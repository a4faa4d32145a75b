create schema ops;
create table ops.schema_history (id serial primary key, hash text not null);
create table ops.jobs (id integer);
create schema drizzle;
create table drizzle.__drizzle_migrations (id serial primary key, hash text);
