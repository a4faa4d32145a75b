do $$ begin
  if not exists (select 1 from pg_roles where rolname = 'platform_admin') then create role platform_admin nologin; end if;
end $$;
