-- Sequences with their options, the column that owns them (serial: 'a', identity: 'i'), and
-- whether an extension owns them.
SELECT
  n.nspname::text AS schema,
  c.relname::text AS name,
  s.seqstart::text AS start_with,
  s.seqmin::text AS min_value,
  s.seqmax::text AS max_value,
  s.seqincrement::text AS increment_by,
  s.seqcycle AS cycle,
  s.seqcache::text AS cache_size,
  owner.refobjid AS owner_table_oid,
  owner.refobjsubid AS owner_attnum,
  owner.deptype AS owner_kind,
  EXISTS (
    SELECT FROM pg_catalog.pg_depend d
    WHERE d.classid OPERATOR(pg_catalog.=) 'pg_catalog.pg_class'::pg_catalog.regclass
      AND d.objid OPERATOR(pg_catalog.=) s.seqrelid
      AND d.deptype OPERATOR(pg_catalog.=) 'e'
  ) AS extension_owned
FROM pg_catalog.pg_sequence s
JOIN pg_catalog.pg_class c ON c.oid OPERATOR(pg_catalog.=) s.seqrelid
JOIN pg_catalog.pg_namespace n ON n.oid OPERATOR(pg_catalog.=) c.relnamespace
LEFT JOIN LATERAL (
  SELECT d.refobjid, d.refobjsubid, d.deptype::text AS deptype
  FROM pg_catalog.pg_depend d
  WHERE d.classid OPERATOR(pg_catalog.=) 'pg_catalog.pg_class'::pg_catalog.regclass
    AND d.objid OPERATOR(pg_catalog.=) s.seqrelid
    AND d.refclassid OPERATOR(pg_catalog.=) 'pg_catalog.pg_class'::pg_catalog.regclass
    AND d.deptype IN ('a', 'i')
  ORDER BY d.deptype DESC
  LIMIT 1
) owner ON true
WHERE n.nspname OPERATOR(pg_catalog.<>) ALL (ARRAY['pg_catalog', 'information_schema', 'pg_default', 'pg_global', 'pscale_extensions', '__neki', 'sys'])
  AND NOT pg_catalog.starts_with(n.nspname, 'pg_toast')
  AND NOT pg_catalog.starts_with(n.nspname, 'pg_temp_')
ORDER BY pg_catalog.lower(n.nspname), pg_catalog.lower(c.relname)
