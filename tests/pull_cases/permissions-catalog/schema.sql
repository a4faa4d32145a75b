-- Pulled as pull_nopolicy, which cannot read pg_policy or pg_policies in this database.
do $$ begin
  if not exists (select from pg_roles where rolname = 'pull_nopolicy') then
    create role pull_nopolicy login password 'nopolicy-pw';
  end if;
end $$;
create table items (id serial primary key, owner text);
alter table items enable row level security;
create policy items_owner on items using (owner = current_user);
revoke select on pg_catalog.pg_policy from public;
revoke select on pg_catalog.pg_policies from public;
