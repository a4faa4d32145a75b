-- What Neon RLS (pg_session_jwt) provides and the schema only references.
create schema if not exists auth;
create or replace function auth.user_id() returns text language sql stable as $$ select nullif(current_setting('request.jwt.claims', true), '')::json ->> 'sub' $$;
do $$ begin
  if not exists (select 1 from pg_roles where rolname = 'authenticated') then create role authenticated nologin; end if;
  if not exists (select 1 from pg_roles where rolname = 'anonymous') then create role anonymous nologin; end if;
end $$;
