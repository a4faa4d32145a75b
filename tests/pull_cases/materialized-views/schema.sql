create schema mv;
create table metrics (id serial primary key, name text not null, value double precision, at timestamptz default now());
create materialized view metric_totals as select name, sum(value) as total from metrics group by name;
create materialized view metric_empty as select name from metrics with no data;
create materialized view metric_opts with (fillfactor = 50, autovacuum_enabled = false, toast_tuple_target = 256) as select * from metrics;
create materialized view mv.latest using heap as select distinct on (name) name, value, at from metrics order by name, at desc;
create materialized view mv.vacuum_opts with (autovacuum_vacuum_scale_factor = 0.2, autovacuum_vacuum_threshold = 100, parallel_workers = 2, vacuum_truncate = off, log_autovacuum_min_duration = -1) as select 1 as x;
create unique index metric_totals_name_idx on metric_totals (name);
