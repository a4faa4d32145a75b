-- Primary keys, uniques, foreign keys and checks of tables, in drizzle-kit's order. The definition
-- text is only needed for uniques (NULLS NOT DISTINCT) and checks.
SELECT
  con.conrelid AS table_oid,
  con.conname::text AS name,
  con.contype::text AS type,
  CASE WHEN con.contype IN ('u', 'c') THEN pg_catalog.pg_get_constraintdef(con.oid) END AS definition,
  con.conindid AS index_oid,
  con.conkey AS columns,
  con.confrelid AS table_to_oid,
  con.confkey AS columns_to,
  con.confupdtype::text AS on_update,
  con.confdeltype::text AS on_delete
FROM pg_catalog.pg_constraint con
JOIN pg_catalog.pg_class c ON c.oid OPERATOR(pg_catalog.=) con.conrelid
JOIN pg_catalog.pg_namespace n ON n.oid OPERATOR(pg_catalog.=) c.relnamespace
WHERE c.relkind IN ('r', 'p')
  AND con.contype IN ('p', 'u', 'f', 'c')
  AND n.nspname OPERATOR(pg_catalog.<>) ALL (ARRAY['pg_catalog', 'information_schema', 'pg_default', 'pg_global', 'pscale_extensions', '__neki', 'sys'])
  AND NOT pg_catalog.starts_with(n.nspname, 'pg_toast')
  AND NOT pg_catalog.starts_with(n.nspname, 'pg_temp_')
ORDER BY con.conrelid, con.contype, pg_catalog.lower(con.conname)
