-- A database that went through changes: dropped and added columns (gaps in attnum), renames,
-- a type change, a default added later, a table rebuilt.
create table accounts (id serial primary key, legacy text, name text, created date);
create table sessions (id serial primary key, account_id integer references accounts(id), token text);
alter table accounts drop column legacy;
alter table accounts add column email text not null default '';
alter table accounts rename column created to created_on;
alter table accounts alter column name type varchar(100);
alter table sessions add column expires_at timestamptz;
alter table sessions alter column token set not null;
alter table sessions rename to user_sessions;
alter table accounts add column flags integer[] default '{}';
alter table user_sessions drop column account_id;
alter table user_sessions add column account_id bigint;
alter table accounts alter column created_on set default current_date;
create index accounts_email_idx on accounts (email);
alter index accounts_email_idx rename to accounts_email_lookup;
