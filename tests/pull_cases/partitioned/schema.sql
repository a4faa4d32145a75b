create table measurements (
  id bigint generated always as identity,
  city_id integer not null,
  logdate date not null,
  peaktemp integer,
  primary key (id, logdate)
) partition by range (logdate);
create table measurements_2024 partition of measurements for values from ('2024-01-01') to ('2025-01-01');
create table measurements_2025 partition of measurements for values from ('2025-01-01') to ('2026-01-01');
create index measurements_city_idx on measurements (city_id);

create table events (
  kind text not null,
  payload jsonb,
  check (kind <> '')
) partition by list (kind);
create table events_click partition of events for values in ('click');
create table events_other partition of events default;

create table legacy_parent (id integer primary key, note text);
create table legacy_child (extra text) inherits (legacy_parent);
