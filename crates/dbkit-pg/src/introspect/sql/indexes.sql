-- Indexes of tables: key columns (0 = an expression), per-column options and operator classes
-- (ids, named by opclasses.sql), the expression list and predicate as PostgreSQL prints them.
SELECT
  i.indexrelid AS oid,
  n.nspname::text AS schema,
  ic.relname::text AS name,
  am.amname::text AS method,
  ic.reloptions::text[] AS options,
  i.indrelid AS table_oid,
  pg_catalog.pg_get_expr(i.indexprs, i.indrelid) AS expressions,
  pg_catalog.pg_get_expr(i.indpred, i.indrelid) AS "where",
  i.indkey::int2[] AS columns,
  i.indoption::int2[] AS column_options,
  i.indisunique AS is_unique,
  i.indisprimary AS is_primary,
  i.indclass::pg_catalog.oid[] AS opclasses
FROM pg_catalog.pg_index i
JOIN pg_catalog.pg_class ic ON ic.oid OPERATOR(pg_catalog.=) i.indexrelid
JOIN pg_catalog.pg_namespace n ON n.oid OPERATOR(pg_catalog.=) ic.relnamespace
JOIN pg_catalog.pg_am am ON am.oid OPERATOR(pg_catalog.=) ic.relam
JOIN pg_catalog.pg_class tc ON tc.oid OPERATOR(pg_catalog.=) i.indrelid
WHERE tc.relkind IN ('r', 'p')
  AND n.nspname OPERATOR(pg_catalog.<>) ALL (ARRAY['pg_catalog', 'information_schema', 'pg_default', 'pg_global', 'pscale_extensions', '__neki', 'sys'])
  AND NOT pg_catalog.starts_with(n.nspname, 'pg_toast')
  AND NOT pg_catalog.starts_with(n.nspname, 'pg_temp_')
ORDER BY pg_catalog.lower(n.nspname), pg_catalog.lower(ic.relname)
