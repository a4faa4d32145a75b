create schema reports;
create table users (id serial primary key, name text not null, email text, active boolean default true, tags text[]);
create table posts (id serial primary key, author_id integer references users(id), title text, created_at timestamptz default now());

create view active_users as select id, name, email from users where active;
create view user_posts as
  select u.id as user_id, u.name, count(p.id) as post_count,
         max(p.created_at) as last_post
  from users u
  left join posts p on p.author_id = u.id
  group by u.id, u.name;
create view checked_users with (check_option = local) as select * from users where active;
create view cascaded_users with (check_option = cascaded, security_barrier = true) as select id, name from users;
create view invoker_users with (security_invoker = on) as select id from users;
create view barrier_off with (security_barrier = false) as select id from users;
create view reports.top_authors as select user_id, post_count from user_posts order by post_count desc limit 10;
create view "Quoted View" as select 1 as one, 'two'::text as "Two", array[1,2] as nums, null::numeric(10,2) as amount, now()::timestamp(3) as ts;
create recursive view nums (n) as values (1) union all select n + 1 from nums where n < 5;
