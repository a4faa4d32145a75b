do $$ begin
  if not exists (select from pg_roles where rolname = 'app_reader') then create role app_reader; end if;
  if not exists (select from pg_roles where rolname = 'app_writer') then create role app_writer; end if;
end $$;
create schema secure;
create table notes (
  id serial primary key,
  owner text not null default current_user,
  body text,
  published boolean not null default false
);
alter table notes enable row level security;
create policy notes_owner on notes using (owner = current_user);
create policy notes_read on notes for select to app_reader using (published);
create policy notes_insert on notes as restrictive for insert to app_writer, app_reader with check (owner = current_user);
create policy notes_update on notes for update to app_writer using (owner = current_user) with check (body is not null);
create policy notes_delete on notes for delete to public using (false);
create policy "Notes Mixed" on notes for all to app_writer, app_reader using (true) with check (true);

create table rls_no_policies (id integer);
alter table rls_no_policies enable row level security;

create table secure.docs (id integer primary key, tenant integer not null);
alter table secure.docs enable row level security;
alter table secure.docs force row level security;
create policy tenant_isolation on secure.docs using (tenant = current_setting('app.tenant')::integer);

create table policy_without_rls (id integer);
create policy lonely on policy_without_rls using (true);
