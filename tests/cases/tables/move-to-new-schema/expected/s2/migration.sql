CREATE SCHEMA "fresh";
--> statement-breakpoint
ALTER TABLE "users" SET SCHEMA "fresh";
