create schema drizzle;
create table drizzle.__drizzle_migrations (id serial primary key, hash text not null, created_at bigint, name text, applied_at timestamptz);
create table public.__drizzle_migrations (id integer);
create table users (id serial primary key);
create schema custom;
create table custom.migrations_log (id serial primary key, hash text);
create table custom.kept (id integer);
