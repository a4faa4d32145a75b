-- Row-level security policies as the pg_policies view shows them (it works for roles that cannot
-- read pg_policy itself).
SELECT
  p.schemaname::text AS schema,
  p.tablename::text AS "table",
  p.policyname::text AS name,
  p.permissive AS "as",
  p.roles::text[] AS roles,
  p.cmd AS "for",
  p.qual AS "using",
  p.with_check
FROM pg_catalog.pg_policies p
WHERE p.schemaname OPERATOR(pg_catalog.<>) ALL (ARRAY['pg_catalog', 'information_schema', 'pg_default', 'pg_global', 'pscale_extensions', '__neki', 'sys'])
  AND NOT pg_catalog.starts_with(p.schemaname, 'pg_toast')
  AND NOT pg_catalog.starts_with(p.schemaname, 'pg_temp_')
ORDER BY pg_catalog.lower(p.schemaname), pg_catalog.lower(p.tablename), pg_catalog.lower(p.policyname)
