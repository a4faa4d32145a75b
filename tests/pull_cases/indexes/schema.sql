create extension if not exists btree_gist;
create table docs (
  id serial primary key,
  title text not null,
  slug varchar(200) not null,
  body text,
  tags text[],
  data jsonb,
  score integer,
  created_at timestamptz not null default now(),
  author_id integer,
  location point,
  during tsrange
);
create index docs_title_idx on docs (title);
create unique index docs_slug_uidx on docs (slug);
create index docs_lower_title_idx on docs (lower(title));
create index docs_multi_expr_idx on docs (lower(title), (score + 1), author_id);
create index docs_expr_with_comma_idx on docs (coalesce(body, 'a,b'), (data ->> 'k'));
create index docs_desc_idx on docs (created_at desc);
create index docs_nulls_idx on docs (score asc nulls first, created_at desc nulls last);
create index docs_opclass_idx on docs (slug varchar_pattern_ops);
create index docs_opclass_desc_idx on docs (title text_pattern_ops desc);
create index docs_partial_idx on docs (author_id) where body is not null and score > 10;
create index docs_with_idx on docs (score) with (fillfactor = 70);
create index docs_gin_idx on docs using gin (tags);
create index docs_gin_jsonb_idx on docs using gin (data jsonb_path_ops);
create index docs_hash_idx on docs using hash (slug);
create index docs_brin_idx on docs using brin (created_at) with (pages_per_range = 32);
create index docs_gist_idx on docs using gist (location);
create index docs_include_idx on docs (author_id) include (title, score);
create unique index docs_unique_partial_idx on docs (author_id, slug) where author_id is not null;
create unique index docs_nnd_idx on docs (title, author_id) nulls not distinct;
create index "Docs Quoted Index" on docs ("title");

create table bookings (
  id serial primary key,
  room integer not null,
  during tsrange not null,
  constraint bookings_no_overlap exclude using gist (room with =, during with &&)
);
