ALTER SCHEMA "inv" RENAME TO "stock";
