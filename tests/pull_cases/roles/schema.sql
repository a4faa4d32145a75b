do $$ begin
  if not exists (select from pg_roles where rolname = 'pull_admin') then
    create role pull_admin createdb createrole bypassrls connection limit 5 valid until '2030-01-01 00:00:00+00';
  end if;
  if not exists (select from pg_roles where rolname = 'pull_login') then create role pull_login login noinherit password 'secret'; end if;
  if not exists (select from pg_roles where rolname = 'pull_excluded') then create role pull_excluded; end if;
end $$;
create table t (id integer primary key);
alter table t enable row level security;
create policy t_admin on t to pull_admin using (true);
