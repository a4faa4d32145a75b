create extension if not exists citext;
create extension if not exists hstore;
create extension if not exists pg_trgm;
create extension if not exists "uuid-ossp";
create table profiles (
  id uuid primary key default uuid_generate_v4(),
  handle citext not null unique,
  attrs hstore default ''::hstore,
  bio text
);
create index profiles_bio_trgm_idx on profiles using gin (bio gin_trgm_ops);
