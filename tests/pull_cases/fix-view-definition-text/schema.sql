-- drizzle-kit collapses every whitespace run and removes the first ";" anywhere in a view's text,
-- which changes string literals and quoted names. dbkit does both only outside them.
create table users (id serial primary key, name text);
create view with_semicolon_text as select id, 'a;b' as txt from users;
create view with_spaces_text as select id, 'two  spaces' as "two  spaces", E'new\nline' as nl from users;
create view plain as select id, name from users where name <> '';
