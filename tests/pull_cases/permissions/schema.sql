-- Pulled as pull_limited, a role that may use schema visible but not schema hidden.
do $$ begin
  if not exists (select from pg_roles where rolname = 'pull_limited') then
    create role pull_limited login password 'limited-pw';
  end if;
end $$;
create schema visible;
create schema hidden;
create table visible.items (id serial primary key, name text not null);
create table hidden.secrets (id serial primary key, value text, item_id integer references visible.items(id));
create view hidden.secret_view as select id from hidden.secrets;
create type hidden.level as enum ('low', 'high');
grant usage on schema visible to pull_limited;
grant select on visible.items to pull_limited;
