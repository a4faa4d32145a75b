-- Every schema outside PostgreSQL's own (and a few hosting providers' system schemas), ordered as
-- drizzle-kit orders them.
SELECT n.nspname::text AS name
FROM pg_catalog.pg_namespace n
WHERE n.nspname OPERATOR(pg_catalog.<>) ALL (ARRAY['pg_catalog', 'information_schema', 'pg_default', 'pg_global', 'pscale_extensions', '__neki', 'sys'])
  AND NOT pg_catalog.starts_with(n.nspname, 'pg_toast')
  AND NOT pg_catalog.starts_with(n.nspname, 'pg_temp_')
ORDER BY pg_catalog.lower(n.nspname)
