-- Raw events land in an unlogged staging table; reports read views and materialized views.
create schema reporting;

create sequence event_id_seq as bigint increment by 5 start with 100 cache 50;
create sequence invoice_no_seq as integer increment by 1 minvalue 1 maxvalue 999999 start with 1 cycle;
create sequence reporting.snapshot_seq increment by -1 minvalue -1000 maxvalue -1 start with -1;

create table sites (
  id serial primary key,
  domain text not null unique,
  owner_email text not null
);
comment on table sites is 'Tracked websites';
comment on column sites.domain is 'Host name without scheme, e.g. example.com';

create table events (
  id bigint not null default nextval('event_id_seq') primary key,
  site_id integer not null references sites (id),
  session_id uuid not null,
  kind text not null,
  path text not null,
  referrer text,
  duration_ms integer,
  occurred_at timestamptz not null default now()
);
alter sequence event_id_seq owned by events.id;
comment on table events is 'One row per page view or custom event';
comment on column events.kind is 'pageview | click | custom';
create index events_site_time_idx on events (site_id, occurred_at);

create unlogged table events_staging (
  payload jsonb not null,
  received_at timestamptz not null default now()
);

create table invoices (
  number integer not null default nextval('invoice_no_seq') primary key,
  site_id integer not null references sites (id),
  amount numeric(10, 2) not null,
  issued_at date not null default current_date
);
alter sequence invoice_no_seq owned by invoices.number;

create table reporting.snapshots (
  id integer not null default nextval('reporting.snapshot_seq'),
  taken_at timestamptz not null default now(),
  note text
);
alter sequence reporting.snapshot_seq owned by reporting.snapshots.id;

create view site_pageviews as
  select s.id as site_id, s.domain, count(e.id) as pageviews, max(e.occurred_at) as last_seen
  from sites s
  left join events e on e.site_id = s.id and e.kind = 'pageview'
  group by s.id, s.domain;

create view session_paths as
  with ordered as (
    select e.session_id, e.site_id, e.path, e.occurred_at,
           row_number() over (partition by e.session_id order by e.occurred_at) as step,
           lag(e.path) over (partition by e.session_id order by e.occurred_at) as previous_path
    from events e
  )
  select session_id, site_id, step, previous_path, path
  from ordered
  where step <= 10;

create view reporting.top_pages with (security_barrier = true) as
  select site_id, path, count(*) as hits,
         rank() over (partition by site_id order by count(*) desc) as rank
  from public.events
  group by site_id, path;

create view recent_invoices with (security_invoker = true) as
  select i.number, s.domain, i.amount from invoices i join sites s on s.id = i.site_id where i.issued_at > current_date - 30;

create view big_invoices as
  select number, site_id, amount from invoices where amount >= 1000
  with local check option;

create materialized view daily_stats as
  select site_id, date_trunc('day', occurred_at)::date as day, count(*) as events,
         count(distinct session_id) as sessions, avg(duration_ms)::numeric(10, 1) as avg_duration
  from events
  group by 1, 2
with no data;
create unique index daily_stats_site_day_idx on daily_stats (site_id, day);
create index daily_stats_day_idx on daily_stats (day desc);

create materialized view reporting.site_revenue with (fillfactor = 90) as
  select s.domain, sum(i.amount) as revenue
  from sites s join invoices i on i.site_id = s.id
  group by s.domain;
create index site_revenue_domain_idx on reporting.site_revenue using hash (domain);
