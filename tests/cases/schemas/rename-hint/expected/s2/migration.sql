ALTER SCHEMA "old_s" RENAME TO "new_s";
