-- pg_policies lists a policy's roles as an array; drizzle-kit splits its text on commas, so a
-- role whose name needs quoting comes out with the quotes ("\"Mixed Role\"") and names with commas
-- split in two. dbkit reads the array.
do $$ begin
  if not exists (select from pg_roles where rolname = 'Mixed Role') then create role "Mixed Role"; end if;
  if not exists (select from pg_roles where rolname = 'comma,role') then create role "comma,role"; end if;
  if not exists (select from pg_roles where rolname = 'app_reader') then create role app_reader; end if;
end $$;
create table notes (id serial primary key, body text);
alter table notes enable row level security;
create policy mixed on notes for select to "Mixed Role", app_reader using (true);
create policy comma on notes for select to "comma,role" using (true);
create policy plain on notes for select to app_reader using (true);
