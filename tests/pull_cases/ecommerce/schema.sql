-- An e-commerce schema written the way people write it by hand.
create type currency as enum ('EUR', 'USD', 'GBP');
create type order_state as enum ('cart', 'placed', 'paid', 'shipped', 'delivered', 'returned');

create table customers (
  id bigserial primary key,
  email varchar(320) not null,
  full_name text not null,
  phone varchar(32),
  marketing_opt_in boolean not null default false,
  created_at timestamptz not null default now(),
  updated_at timestamptz
);
create unique index customers_email_lower_idx on customers (lower(email));

create table addresses (
  id bigserial primary key,
  customer_id bigint not null references customers(id) on delete cascade,
  line1 text not null,
  line2 text,
  city text not null,
  postal_code varchar(16) not null,
  country char(2) not null default 'NL',
  is_default boolean not null default false
);
create index addresses_customer_idx on addresses (customer_id);

create table categories (
  id serial primary key,
  parent_id integer references categories(id) on delete set null,
  slug varchar(100) not null unique,
  name text not null
);

create table products (
  id bigserial primary key,
  category_id integer references categories(id),
  sku varchar(64) not null,
  title text not null,
  description text,
  price_cents integer not null check (price_cents >= 0),
  currency currency not null default 'EUR',
  weight_grams integer,
  tags text[] not null default '{}',
  attributes jsonb not null default '{}'::jsonb,
  active boolean not null default true,
  created_at timestamp(3) not null default current_timestamp,
  constraint products_sku_unique unique (sku)
);
create index products_category_idx on products (category_id) where active;
create index products_tags_idx on products using gin (tags);
create index products_title_trgm_like on products (title text_pattern_ops);

create table inventory (
  product_id bigint not null references products(id) on delete cascade,
  warehouse varchar(32) not null,
  quantity integer not null default 0,
  reserved integer not null default 0,
  primary key (product_id, warehouse),
  constraint inventory_reserved_le_quantity check (reserved <= quantity)
);

create table orders (
  id uuid primary key default gen_random_uuid(),
  number integer generated always as identity (start with 1000),
  customer_id bigint not null references customers(id) on update cascade on delete restrict,
  shipping_address_id bigint references addresses(id) on delete set null,
  state order_state not null default 'cart',
  currency currency not null default 'EUR',
  subtotal_cents integer not null default 0,
  tax_cents integer not null default 0,
  total_cents integer generated always as (subtotal_cents + tax_cents) stored,
  note text,
  placed_at timestamptz,
  created_at timestamptz not null default now()
);
create index orders_customer_created_idx on orders (customer_id, created_at desc);
create index orders_state_idx on orders (state) where state <> 'delivered';

create table order_lines (
  order_id uuid not null references orders(id) on delete cascade,
  line_no smallint not null,
  product_id bigint not null references products(id),
  quantity integer not null default 1,
  unit_price_cents integer not null,
  discount numeric(5,2) default 0.00,
  primary key (order_id, line_no)
);

create table payments (
  id uuid primary key default gen_random_uuid(),
  order_id uuid not null references orders(id),
  provider text not null,
  provider_ref text,
  amount_cents integer not null,
  status text not null default 'pending',
  raw jsonb,
  created_at timestamptz not null default now(),
  unique (provider, provider_ref)
);

create table reviews (
  id serial primary key,
  product_id bigint not null references products(id) on delete cascade,
  customer_id bigint references customers(id) on delete set null,
  rating smallint not null check (rating between 1 and 5),
  body text,
  created_at timestamptz default now()
);

create view product_ratings as
  select p.id as product_id, avg(r.rating)::numeric(3,2) as average, count(*) as reviews
  from products p left join reviews r on r.product_id = p.id
  group by p.id;

create materialized view daily_sales as
  select date_trunc('day', o.placed_at) as day, sum(o.total_cents) as total_cents, count(*) as orders
  from orders o where o.state in ('paid', 'shipped', 'delivered')
  group by 1;
create unique index daily_sales_day_idx on daily_sales (day);
