-- Integer columns whose default is nextval() of a sequence they do not own. drizzle-kit calls
-- them serial (its test is only the spelling of the default), so a migration made from the pull
-- gives each its own new sequence and the shared counter is lost. dbkit keeps the type and the
-- nextval() default; the sequences themselves are pulled as sequences.
create sequence counter_seq;
create schema app;
create table orders (id serial primary key, number bigint default nextval('counter_seq'));
create table invoices (id serial primary key, number bigint default nextval('counter_seq'), order_id integer not null default nextval('orders_id_seq'::regclass));
create table app.items (id integer default nextval('counter_seq'::regclass) not null);
