-- Objects that belong to an extension are the extension's, not the schema's: drizzle-kit pulls
-- pg_stat_statements' views as the user's views (and push later wants to drop them, drizzle-team
-- issue #4008). dbkit leaves out every relation, type and sequence an extension owns.
create extension if not exists pg_stat_statements;
create extension if not exists citext;
create table users (id serial primary key, email citext not null unique);
create view user_emails as select email from users;
