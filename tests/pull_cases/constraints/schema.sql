create schema other;
create table parents (
  id integer primary key,
  code text not null,
  region text not null,
  constraint parents_code_region_key unique (code, region)
);
create table other.targets (id bigint primary key, k text unique);
create table children (
  id integer generated always as identity,
  parent_id integer references parents(id),
  parent_code text,
  parent_region text,
  target_id bigint,
  self_id integer,
  a integer,
  b integer,
  email text,
  phone text,
  constraint children_pk primary key (id),
  constraint children_parent_fk foreign key (parent_code, parent_region) references parents(code, region) on update cascade on delete set null,
  constraint children_target_fk foreign key (target_id) references other.targets(id) on delete restrict on update no action,
  constraint children_self_fk foreign key (self_id) references children(id) on delete set default,
  constraint children_ab_check check (a < b),
  constraint children_email_check check (email ~* '^[^@]+@[^@]+$'),
  constraint children_email_phone_key unique nulls not distinct (email, phone),
  constraint "Children Quoted Unique" unique (b, a)
);
create table composite_pk (
  x integer,
  y integer,
  z text,
  primary key (y, x),
  unique (z),
  check (x > 0 and y > 0),
  check (z <> '')
);
create table deferrable_fk (
  id integer primary key,
  parent_id integer references parents(id) on delete cascade deferrable initially deferred
);
