-- Enum types with their labels in sort order (an enum without labels too), and their array types.
SELECT
  t.oid,
  t.typarray AS array_oid,
  n.nspname::text AS schema,
  t.typname::text AS name,
  ARRAY(
    SELECT e.enumlabel::text FROM pg_catalog.pg_enum e
    WHERE e.enumtypid OPERATOR(pg_catalog.=) t.oid
    ORDER BY e.enumsortorder
  ) AS "values",
  EXISTS (
    SELECT FROM pg_catalog.pg_depend d
    WHERE d.classid OPERATOR(pg_catalog.=) 'pg_catalog.pg_type'::pg_catalog.regclass
      AND d.objid OPERATOR(pg_catalog.=) t.oid
      AND d.deptype OPERATOR(pg_catalog.=) 'e'
  ) AS extension_owned
FROM pg_catalog.pg_type t
JOIN pg_catalog.pg_namespace n ON n.oid OPERATOR(pg_catalog.=) t.typnamespace
WHERE t.typtype OPERATOR(pg_catalog.=) 'e'
  AND n.nspname OPERATOR(pg_catalog.<>) ALL (ARRAY['pg_catalog', 'information_schema', 'pg_default', 'pg_global', 'pscale_extensions', '__neki', 'sys'])
  AND NOT pg_catalog.starts_with(n.nspname, 'pg_toast')
  AND NOT pg_catalog.starts_with(n.nspname, 'pg_temp_')
ORDER BY t.oid
