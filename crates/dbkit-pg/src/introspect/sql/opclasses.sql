-- Operator classes: the names index columns use, and whether each is its type's default.
SELECT oc.oid, oc.opcname::text AS name, oc.opcdefault AS is_default
FROM pg_catalog.pg_opclass oc
