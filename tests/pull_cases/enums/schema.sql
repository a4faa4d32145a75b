create schema catalog;
create schema "Other";
create type public.status as enum ('active', 'inactive', 'banned');
create type catalog.status as enum ('draft', 'published');
create type "Other"."Level" as enum ('Low', 'Mid', 'High');
create type odd_values as enum ('', ' leading', 'comma,inside', 'quote"inside', 'apos''inside', 'ünï');
alter type public.status add value 'pending' before 'active';
alter type public.status add value 'deleted';

create table accounts (
  id serial primary key,
  status status not null default 'pending',
  catalog_status catalog.status default 'draft',
  level "Other"."Level",
  levels "Other"."Level"[] default '{Low}',
  odd odd_values default 'comma,inside'
);
create table catalog.entries (
  id serial primary key,
  state catalog.status not null default 'published',
  public_state public.status
);
