-- Tables (plain and partitioned), views and materialized views, with what views need (definition,
-- options, access method, tablespace) and whether an extension owns the relation.
SELECT
  c.oid,
  n.nspname::text AS schema,
  c.relname::text AS name,
  c.relkind::text AS kind,
  c.relrowsecurity AS rls_enabled,
  c.reloptions::text[] AS options,
  am.amname::text AS access_method,
  ts.spcname::text AS tablespace,
  CASE WHEN c.relkind IN ('v', 'm') THEN pg_catalog.pg_get_viewdef(c.oid, true) END AS definition,
  EXISTS (
    SELECT FROM pg_catalog.pg_depend d
    WHERE d.classid OPERATOR(pg_catalog.=) 'pg_catalog.pg_class'::pg_catalog.regclass
      AND d.objid OPERATOR(pg_catalog.=) c.oid
      AND d.deptype OPERATOR(pg_catalog.=) 'e'
  ) AS extension_owned
FROM pg_catalog.pg_class c
JOIN pg_catalog.pg_namespace n ON n.oid OPERATOR(pg_catalog.=) c.relnamespace
LEFT JOIN pg_catalog.pg_am am ON am.oid OPERATOR(pg_catalog.=) c.relam
LEFT JOIN pg_catalog.pg_tablespace ts ON ts.oid OPERATOR(pg_catalog.=) c.reltablespace
WHERE c.relkind IN ('r', 'p', 'v', 'm')
  AND n.nspname OPERATOR(pg_catalog.<>) ALL (ARRAY['pg_catalog', 'information_schema', 'pg_default', 'pg_global', 'pscale_extensions', '__neki', 'sys'])
  AND NOT pg_catalog.starts_with(n.nspname, 'pg_toast')
  AND NOT pg_catalog.starts_with(n.nspname, 'pg_temp_')
ORDER BY pg_catalog.lower(n.nspname), pg_catalog.lower(c.relname)
