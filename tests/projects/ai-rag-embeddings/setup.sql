create extension if not exists vector; -- vector / halfvec (pgvector 0.7+)
