CREATE SCHEMA "new_ns";
--> statement-breakpoint
CREATE TABLE "new_ns"."t" (
	"id" integer PRIMARY KEY
);
--> statement-breakpoint
DROP TABLE "old_ns"."t";--> statement-breakpoint
DROP SCHEMA "old_ns";
