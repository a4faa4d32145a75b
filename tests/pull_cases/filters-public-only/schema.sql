-- The common `schemaFilter: ["public"]`: other schemas, their tables, enums and sequences are left
-- out, while a public table still uses an enum and references a table of another schema.
create schema auth;
create type auth.role as enum ('admin', 'member');
create type public.plan as enum ('free', 'pro');
create table auth.users (id uuid primary key);
create sequence auth.user_seq;
create table public.profiles (
  id uuid primary key references auth.users(id) on delete cascade,
  role auth.role not null default 'member',
  plan plan not null default 'free'
);
create view auth.admins as select id from auth.users;
create view public.pro_profiles as select id from profiles where plan = 'pro';
