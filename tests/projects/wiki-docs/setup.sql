create extension if not exists citext;
create extension if not exists ltree;
