-- Every live column of the relations in $1 (the tables and views of relations.sql) with its type,
-- array dimensions, default or generation expression, identity and generated kinds.
--
-- drizzle-kit sorts these by position alone, so columns of different relations at the same
-- position come back in whatever order PostgreSQL's plan leaves them (it changes with catalog
-- statistics, so two pulls of one database can differ). dbkit breaks the tie by schema and
-- relation name: the same database always gives the same snapshot. The default is read in the
-- select list (a subquery per row) so that it does not change the join.
SELECT
  attr.attrelid AS table_oid,
  attr.attnum,
  attr.attname::text AS name,
  attr.attnotnull AS not_null,
  (CASE
    WHEN attr.attndims OPERATOR(pg_catalog.>) 0 THEN attr.attndims
    WHEN t.typcategory OPERATOR(pg_catalog.=) 'A'
      AND pg_catalog.format_type(attr.atttypid, attr.atttypmod) OPERATOR(pg_catalog.~~) '%[]' THEN 1
    ELSE 0
  END)::int4 AS dimensions,
  attr.atttypid AS type_oid,
  attr.attgenerated::text AS generated,
  attr.attidentity::text AS identity,
  pg_catalog.format_type(attr.atttypid, attr.atttypmod) AS type,
  (
    SELECT pg_catalog.pg_get_expr(ad.adbin, ad.adrelid) FROM pg_catalog.pg_attrdef ad
    WHERE ad.adrelid OPERATOR(pg_catalog.=) attr.attrelid AND ad.adnum OPERATOR(pg_catalog.=) attr.attnum
  ) AS "default",
  cls.relkind::text AS kind
FROM pg_catalog.pg_attribute attr
JOIN pg_catalog.pg_class cls ON cls.oid OPERATOR(pg_catalog.=) attr.attrelid
JOIN pg_catalog.pg_namespace nsp ON nsp.oid OPERATOR(pg_catalog.=) cls.relnamespace
JOIN pg_catalog.pg_type t ON t.oid OPERATOR(pg_catalog.=) attr.atttypid
WHERE attr.attrelid OPERATOR(pg_catalog.=) ANY ($1::pg_catalog.oid[])
  AND attr.attnum OPERATOR(pg_catalog.>) 0
  AND attr.attisdropped OPERATOR(pg_catalog.=) FALSE
ORDER BY attr.attnum, nsp.nspname, cls.relname
