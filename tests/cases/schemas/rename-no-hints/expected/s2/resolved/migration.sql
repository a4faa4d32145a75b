CREATE SCHEMA "new_s";
--> statement-breakpoint
DROP SCHEMA "old_s";
