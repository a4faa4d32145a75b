ALTER SCHEMA "old_ns" RENAME TO "new_ns";
