create extension if not exists btree_gist; -- the (uuid, tstzrange) GiST index needs it: added by hand, drizzle has no extension entity
