CREATE SCHEMA "old_ns";
--> statement-breakpoint
CREATE TABLE "old_ns"."t" (
	"id" integer PRIMARY KEY
);
