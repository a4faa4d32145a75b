-- Roles and their attributes (read only when the config asks for roles).
SELECT
  r.rolname::text AS name,
  r.rolsuper AS superuser,
  r.rolinherit AS inherit,
  r.rolcreaterole AS create_role,
  r.rolcreatedb AS create_db,
  r.rolcanlogin AS can_login,
  r.rolreplication AS replication,
  r.rolconnlimit AS conn_limit,
  r.rolvaliduntil::text AS valid_until,
  r.rolbypassrls AS bypass_rls
FROM pg_catalog.pg_roles r
ORDER BY pg_catalog.lower(r.rolname)
