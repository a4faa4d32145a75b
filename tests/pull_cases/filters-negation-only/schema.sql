create table keep_me (id integer primary key);
create table skip_me (id integer primary key, ref integer references keep_me(id));
create table also_kept (id integer);
create index skip_me_ref_idx on skip_me (ref);
