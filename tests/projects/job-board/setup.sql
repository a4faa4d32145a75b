create extension if not exists pg_trgm; -- gin_trgm_ops
